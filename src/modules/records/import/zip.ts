/**
 * The few ZIP operations an XLSX reader needs, over yauzl: it reads the central directory (the
 * authoritative list of parts, unlike a front-to-back scan) and checks every entry's declared size
 * while inflating, which stops a zip bomb at the size it claimed.
 */
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** An open archive. Part names are matched case-insensitively, as OPC requires. */
export interface ZipArchive {
  has(name: string): boolean;
  /** Declared uncompressed size of a part, or null when absent. */
  size(name: string): number | null;
  /** Inflating stream of one part. */
  stream(name: string): Promise<Readable>;
  /** A whole part in memory; refuses parts larger than `maxBytes` before inflating them. */
  read(name: string, maxBytes: number): Promise<Buffer>;
  close(): void;
}

/** Opens a ZIP file and lists its entries; rejects when the file is not a readable archive. */
export async function openZip(path: string): Promise<ZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, file) =>
      err ? reject(err) : resolve(file),
    );
  });
  const entries = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(normalise(entry.fileName), entry);
        zip.readEntry();
      });
      zip.once('end', () => resolve());
      zip.once('error', reject);
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }

  const entry = (name: string): yauzl.Entry => {
    const found = entries.get(normalise(name));
    if (!found) throw new Error(`the workbook has no part ${name}`);
    return found;
  };
  const stream = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(entry(name), (err, readable) => (err ? reject(err) : resolve(readable)));
    });

  return {
    has: (name) => entries.has(normalise(name)),
    size: (name) => entries.get(normalise(name))?.uncompressedSize ?? null,
    stream,
    async read(name, maxBytes) {
      const declared = entry(name).uncompressedSize;
      if (declared > maxBytes) {
        throw new Error(`the part ${name} is ${declared} bytes, more than the ${maxBytes} allowed`);
      }
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(name)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    close: () => zip.close(),
  };
}

function normalise(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase();
}
