import { Zip, ZipDeflate } from 'fflate';

/** Where the zip's bytes go as they are made: a file being written, or a list of Blob parts. */
export interface ZipSink {
  write(chunk: Uint8Array): Promise<void>;
}

/**
 * A zip written as it goes (fflate's streaming Zip): each file is compressed and handed to the
 * sink before the next is added, so memory holds one file at a time, whatever the number of
 * files. Runs in the browser and in Node.
 */
export class StreamingZip {
  private readonly zip: Zip;
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;

  constructor(private readonly sink: ZipSink) {
    this.zip = new Zip((error, chunk, _final) => {
      if (error !== null) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /** Adds a file (deflated) and writes it out. */
  async add(name: string, bytes: Uint8Array): Promise<void> {
    const file = new ZipDeflate(name, { level: 6 });
    this.zip.add(file);
    file.push(bytes, true);
    await this.flush();
  }

  /** Writes the zip's directory; the zip is complete once this resolves. */
  async finish(): Promise<void> {
    this.zip.end();
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure !== null) throw this.failure;
    while (this.pending.length > 0) {
      const chunks = this.pending;
      this.pending = [];
      for (const chunk of chunks) await this.sink.write(chunk);
    }
  }
}
