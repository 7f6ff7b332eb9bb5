/**
 * Streaming XML for the XLSX reader, over saxes (a conforming, non-validating parser that expands no
 * external or custom entities). Bytes are decoded with a streaming decoder so that a character cut
 * in two by a chunk boundary stays whole — the defect that makes ExcelJS 4.4's streaming reader turn
 * some Cyrillic letters into "\uFFFD" (exceljs issues #2084, #2316).
 */
import { TextDecoder } from 'node:util';
import { SaxesParser } from 'saxes';

/** Callbacks for the elements of one XML part; names arrive without their namespace prefix. */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** The name without its prefix: writers may emit `<x:c>` for `<c>`. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** An attribute by local name (`r:id`, `ns2:id` → `id` with `prefixed`), or undefined. */
export function attribute(
  attributes: Record<string, string>,
  name: string,
  prefixed = false,
): string | undefined {
  for (const [key, value] of Object.entries(attributes)) {
    const colon = key.indexOf(':');
    if (colon >= 0 === prefixed && key.slice(colon + 1) === name) return value;
  }
  return undefined;
}

/** A push parser: `write` decoded text, `close` at the end; throws on malformed XML. */
export interface XmlPushParser {
  write(bytes: Buffer): void;
  close(): void;
}

/** Creates a push parser over raw bytes (UTF-8, or UTF-16 announced by a byte-order mark). */
export function createXmlParser(handlers: XmlHandlers): XmlPushParser {
  const parser = new SaxesParser();
  parser.on('opentag', (tag) =>
    handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>),
  );
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('cdata', (text) => handlers.text?.(text));
  parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
  let decoder: TextDecoder | null = null;
  return {
    write(bytes) {
      decoder ??= new TextDecoder(byteOrder(bytes));
      parser.write(decoder.decode(bytes, { stream: true }));
    },
    close() {
      if (decoder) parser.write(decoder.decode());
      parser.close();
    },
  };
}

function byteOrder(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** Parses a whole XML part held in memory. */
export function parseXml(bytes: Buffer, handlers: XmlHandlers): void {
  const parser = createXmlParser(handlers);
  parser.write(bytes);
  parser.close();
}

/** Parses a streamed XML part, awaiting each chunk (backpressure), calling `afterChunk` between them. */
export async function parseXmlStream(
  chunks: AsyncIterable<Buffer>,
  handlers: XmlHandlers,
  afterChunk?: () => void,
): Promise<void> {
  const parser = createXmlParser(handlers);
  for await (const chunk of chunks) {
    parser.write(chunk);
    afterChunk?.();
  }
  parser.close();
}
