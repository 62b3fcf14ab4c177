import { PbParseError } from './errors.js';
import type { FlawPolicy } from './flaws.js';
import { projectFromOwnedFields, type PbCellProblem } from './rows.js';
import { TableHeader } from './table.js';
import type { PbProject } from './types.js';

/** The PROJECTS section, read row by row. */
export class ProjectsSection {
  readonly projects: PbProject[] = [];
  /** Project id → position, for the votes. */
  readonly index = new Map<string, number>();
  /** The line of each project, for warnings about it found later. */
  readonly lines: number[] = [];
  header: TableHeader | undefined;
  readonly #flaws: FlawPolicy;
  #line = 0;
  /** Lines of blank `selected` cells, and how many cells are not blank. */
  readonly #blankSelected: number[] = [];
  #recordedSelected = 0;
  // One reporter for all rows: a closure per row is garbage.
  readonly #problem: PbCellProblem = (column, problem) => {
    throw new PbParseError(this.#line, problem, `projects.${column}`);
  };

  constructor(flaws: FlawPolicy) {
    this.#flaws = flaws;
  }

  row(cells: readonly string[], line: number): void {
    if (!this.header) {
      this.header = new TableHeader('PROJECTS', cells, line, ['project_id', 'cost'], this.#flaws);
      return;
    }
    this.#line = line;
    const project = projectFromOwnedFields(this.header.fields(cells, line), this.#problem);
    if (this.index.has(project.project_id)) throw new PbParseError(line, `duplicate project_id ${JSON.stringify(project.project_id)}`, 'projects.project_id');
    this.index.set(project.project_id, this.projects.length);
    this.projects.push(project);
    this.lines.push(line);
    if (project.selected !== undefined) this.#recordedSelected++;
    else if (project.fields.selected !== undefined) this.#blankSelected.push(line);
  }

  /** Flaws seen only once the section is whole: blank `selected` cells beside recorded ones. */
  close(): void {
    if (this.#recordedSelected === 0 || !this.#flaws.watches('inconsistent')) return;
    for (const line of this.#blankSelected) {
      this.#flaws.meet('inconsistent', line, 'projects.selected', 'selected is blank while other projects record 0 or 1', 'read as not recorded');
    }
  }
}
