// The few Mocha globals the browser tests use (web-test-runner runs Mocha). Declared here
// rather than through @types/mocha, which the workspace does not install.
type Done = (error?: unknown) => void;
interface TestContext {
  timeout(ms: number): void;
  /** Skips the running test; say why next to the call. */
  skip(): never;
}
type TestFn = (this: TestContext, done: Done) => void | Promise<unknown>;
type SuiteFn = (this: TestContext) => void;

interface TestFunction {
  (title: string, fn?: TestFn): void;
  only(title: string, fn?: TestFn): void;
  skip(title: string, fn?: TestFn): void;
}
interface SuiteFunction {
  (title: string, fn: SuiteFn): void;
  only(title: string, fn: SuiteFn): void;
  skip(title: string, fn: SuiteFn): void;
}

declare const describe: SuiteFunction;
declare const it: TestFunction;
declare function before(fn: TestFn): void;
declare function after(fn: TestFn): void;
declare function beforeEach(fn: TestFn): void;
declare function afterEach(fn: TestFn): void;
