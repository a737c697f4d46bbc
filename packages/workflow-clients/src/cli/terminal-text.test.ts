import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonLine, printable, withoutCredentials } from './terminal-text.js';

describe('printable', () => {
  it('shows every control character but the line break and the tab as its escape', () => {
    expect(printable('run 1\u001b[2J\u001b]0;owned\u0007\r\nnext\tline\u009b')).toBe(
      'run 1\\u001b[2J\\u001b]0;owned\\u0007\\u000d\nnext\tline\\u009b',
    );
  });

  it('leaves no control character but \\n and \\t in anything', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
        expect(printable(text)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      }),
    );
  });
});

describe('jsonLine', () => {
  it('escapes what JSON.stringify leaves of the controls (DEL, C1) as well as what it escapes', () => {
    expect(jsonLine({ id: 'r\u009b2J\u001b]0;x\u0007\u007f' })).toBe('{"id":"r\\u009b2J\\u001b]0;x\\u0007\\u007f"}\n');
    expect(jsonLine(undefined)).toBe('null\n');
  });

  it('is one line that parses to the same value, with no control character in it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const given of [value, { text }]) {
          const line = jsonLine(given);
          expect(line.endsWith('\n')).toBe(true);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
          expect(line.slice(0, -1)).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
          expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(given)));
        }
      }),
    );
  });
});

describe('withoutCredentials', () => {
  it('scrubs every credential, in any form, from everything written', () => {
    const written: string[] = [];
    const output = withoutCredentials({ write: (text) => written.push(text), isTTY: true }, ['k3y/SECRET+v@lue']);
    output.write(`{"echo":"${encodeURIComponent('k3y/SECRET+v@lue')}","raw":"k3y\\/SECRET+v@lue"}\n`);
    expect(written).toEqual(['{"echo":"[REDACTED]","raw":"[REDACTED]"}\n']);
    expect(output.isTTY).toBe(true);
  });
});
