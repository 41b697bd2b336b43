/**
 * A class from one of pdfmake's CommonJS modules (`exports.default = Class`, with __esModule). A CJS bundle sees that
 * namespace as the import; tsx's ESM interop wraps it once more in `default`.
 */
export function pdfmakeClass<T>(moduleNamespace: unknown): T {
  const moduleValue = moduleNamespace as { default: T | { default: T } };
  const inner = moduleValue.default as { default?: T };
  return (typeof moduleValue.default === 'function' ? moduleValue.default : inner.default) as T;
}

/** The prototype of such a class. */
export function pdfmakePrototype<T>(moduleNamespace: unknown): T {
  return pdfmakeClass<{ prototype: T }>(moduleNamespace).prototype;
}
