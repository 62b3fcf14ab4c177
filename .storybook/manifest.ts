/**
 * custom-elements.json as the docs pages should show it: the widgets' public API only. The
 * analyzer also lists private fields and methods (`#…`, `private`), static members, and every
 * attribute-backed property twice (as the attribute and as the property): keep the attributes,
 * and the public properties that have no attribute (such as the provider's `client`).
 */
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  customElement?: boolean;
  members?: Member[];
}
interface Manifest {
  modules: Array<{ declarations?: Declaration[] }>;
}

const isPublicProperty = (m: Member) =>
  m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#') && !m.attribute;

export function publicApi(json: object): Manifest {
  const manifest = json as Manifest;
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((d) =>
        d.customElement ? { ...d, members: d.members?.filter(isPublicProperty) } : d,
      ),
    })),
  };
}
