/**
 * The prototype of a class from one of pdfmake's CommonJS modules (`exports.default = Class`, with __esModule). A CJS
 * bundle sees that namespace as the import; tsx's ESM interop wraps it once more in `default`.
 */
export function pdfmakePrototype<T>(moduleNamespace: unknown): T {
  const moduleValue = moduleNamespace as { default: { prototype: T } | { default: { prototype: T } } };
  return ('prototype' in moduleValue.default ? moduleValue.default : moduleValue.default.default).prototype;
}
