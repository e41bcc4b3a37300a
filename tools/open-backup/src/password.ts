// The password comes from the keyboard with nothing echoed, or (not a terminal: a test, a
// pipe) from stdin's first line. Never from the command line, which every `ps` shows.
import type { ReadStream } from 'node:tty';

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const INTERRUPT = '\u0003';
const END = '\u0004';

export class PasswordInterrupted extends Error {
  constructor() {
    super('interrupted');
    this.name = 'PasswordInterrupted';
  }
}

export function readPassword(
  prompt: string,
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr,
): Promise<string> {
  return input.isTTY ? readHidden(prompt, input, output) : readFirstLine(input);
}

async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  input.setEncoding('utf8');
  for await (const chunk of input) {
    text += chunk as string;
    const end = text.search(/\r?\n/);
    if (end >= 0) return text.slice(0, end);
  }
  return text;
}

function readHidden(
  prompt: string,
  input: NodeJS.ReadStream & ReadStream,
  output: NodeJS.WriteStream,
): Promise<string> {
  output.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (result: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      result();
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of String(chunk)) {
        if (ENTER.has(char)) return finish(() => resolve(typed));
        if (char === INTERRUPT || (char === END && typed === ''))
          return finish(() => reject(new PasswordInterrupted()));
        if (BACKSPACE.has(char)) typed = typed.slice(0, -1);
        else if (char >= ' ') typed += char;
      }
    };
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.on('data', onData);
    input.resume();
  });
}
