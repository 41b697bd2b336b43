type StyleDictionary = Record<string, Record<string, unknown>>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

function namedStyleProperties(style: unknown, styles: StyleDictionary): Record<string, unknown> {
  const names = Array.isArray(style) ? style : [style];
  return Object.assign({}, ...names.map((name) => (typeof name === 'string' ? styles[name] : undefined) ?? {})) as Record<string, unknown>;
}

/**
 * Replaces every `style: 'name'` by the named style's properties on the node itself (the node's own properties win,
 * as in pdfmake). Why: pdfmake resolves a named style per property, per node, on every lookup — allocating a
 * visited-set each time — which made style lookups and the garbage they leave a large part of a report's layout
 * time. Own properties are found at once, and pdfmake inherits them to children exactly as it does named styles.
 * Returns new nodes; the input is not changed.
 */
export function inlineNamedStyles<T>(node: T, styles: StyleDictionary): T {
  if (Array.isArray(node)) return node.map((child: unknown) => inlineNamedStyles(child, styles)) as T;
  if (!isPlainObject(node)) return node;
  const { style, ...own } = node;
  const inlined: Record<string, unknown> = style === undefined ? {} : namedStyleProperties(style, styles);
  for (const [key, value] of Object.entries(own)) inlined[key] = inlineNamedStyles(value, styles);
  return inlined as T;
}
