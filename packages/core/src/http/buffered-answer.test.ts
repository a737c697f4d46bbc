import { describe, expect, it } from 'vitest';
import { acmeScope } from '../testing/acme-vendor.js';
import { bufferAnswer, bufferedTextOf, isBufferedAnswer, scopeOf } from './buffered-answer.js';

const scope = acmeScope(['buffered-answer-secret']);
const encoder = new TextEncoder();
const answer = (text: string, init: ResponseInit = {}) => {
  const source = new Response(null, { status: 200, ...init });
  return bufferAnswer(encoder.encode(text), source, scope);
};

describe('BufferedAnswer', () => {
  it('is a Response that answers every read from the bytes, as often as asked', async () => {
    const response = answer('{"a":[1,2]}', { headers: { 'content-type': 'application/json', 'x-request-id': 'r1' } });
    expect(response).toBeInstanceOf(Response);
    expect(response.headers.get('x-request-id')).toBe('r1');
    expect(await response.json()).toEqual({ a: [1, 2] });
    expect(await response.text()).toBe('{"a":[1,2]}');
    expect(await response.json()).toEqual({ a: [1, 2] });
    expect(new TextDecoder().decode(await response.arrayBuffer())).toBe('{"a":[1,2]}');
    expect(await new Response(response.body).text()).toBe('{"a":[1,2]}');
    expect(await response.clone().text()).toBe('{"a":[1,2]}');
    expect((await response.blob()).type).toBe('application/json');
    expect(response.bodyUsed).toBe(false);
    expect(scopeOf(response.clone())).toBe(scope);
  });

  it('hands the parse a check made to the next json(), and a fresh one to each after', async () => {
    const response = answer('{"a":{"b":1}}');
    response.checkJson();
    const first = (await response.json()) as { a: { b: number } };
    first.a.b = 2;
    expect(await response.json()).toEqual({ a: { b: 1 } });
  });

  it('makes a body that is not JSON, empty, or nested too deep `unexpected_response`', async () => {
    for (const text of ['not json', '', `${'['.repeat(300)}${']'.repeat(300)}`]) {
      expect(() => answer(text).checkJson()).toThrow(expect.objectContaining({ code: 'unexpected_response' }));
      await expect(answer(text).json()).rejects.toMatchObject({ code: 'unexpected_response' });
    }
  });

  it('drops a status text a Response would refuse, instead of throwing', () => {
    const source = { status: 200, statusText: 'OK\u0001', headers: new Headers(), url: '' };
    expect(bufferAnswer(new Uint8Array(0), source, scope).statusText).toBe('');
  });

  it('has no body stream when it is empty', () => {
    expect(answer('').body).toBeNull();
  });

  it('is told apart from any other Response', () => {
    const plain = new Response('{"a":1}');
    expect([isBufferedAnswer(answer('{}')), isBufferedAnswer(plain)]).toEqual([true, false]);
    expect([bufferedTextOf(answer('{"a":1}')), bufferedTextOf(plain)]).toEqual(['{"a":1}', '']);
  });
});
