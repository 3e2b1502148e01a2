import { describe, expect, it } from 'vitest';
import { toOfficialUrl } from '../../src/data/toOfficialUrl.js';

describe('toOfficialUrl', () => {
  it('gives undocs.org followed by the symbol for General Assembly documents', () => {
    expect(toOfficialUrl('A/RES/73/195')).toBe('https://undocs.org/A/RES/73/195');
    expect(toOfficialUrl('A/RES/71/280')).toBe('https://undocs.org/A/RES/71/280');
    expect(toOfficialUrl('A/71/728')).toBe('https://undocs.org/A/71/728');
  });

  it('covers the Economic and Social Council, the Security Council and the Secretariat', () => {
    expect(toOfficialUrl('E/ESCAP/GCM/PREP/6')).toBe('https://undocs.org/E/ESCAP/GCM/PREP/6');
    expect(toOfficialUrl('S/RES/2240')).toBe('https://undocs.org/S/RES/2240');
    expect(toOfficialUrl('ST/AI/189/Add.3/Rev.2')).toBe('https://undocs.org/ST/AI/189/Add.3/Rev.2');
  });

  it('keeps the slashes and percent-encodes other unsafe characters', () => {
    expect(toOfficialUrl('S/RES/1440 (2002)')).toBe('https://undocs.org/S/RES/1440%20(2002)');
    expect(toOfficialUrl('A/CONF.231/7')).toBe('https://undocs.org/A/CONF.231/7');
    expect(toOfficialUrl('A/RES/71/1?x#y')).toBe('https://undocs.org/A/RES/71/1%3Fx%23y');
  });

  it('gives none for press releases and IOM Council documents', () => {
    expect(toOfficialUrl('GA/11902')).toBeUndefined();
    expect(toOfficialUrl('DEV/3304')).toBeUndefined();
    expect(toOfficialUrl('GA/12706')).toBeUndefined();
    expect(toOfficialUrl('C/106/54/Rev.1')).toBeUndefined();
  });

  it('gives none for what is not a symbol', () => {
    for (const text of [
      '',
      'A',
      'A/',
      '/A/RES/1',
      'A//RES',
      'a/res/71/1',
      'https://undocs.org/A/1',
    ])
      expect(toOfficialUrl(text), text).toBeUndefined();
    expect(toOfficialUrl(undefined as unknown as string)).toBeUndefined();
  });

  it('gives none for a symbol with a dot segment, which would resolve to another path (issue 17, N11)', () => {
    for (const text of ['A/../../evil', 'A/RES/..', 'A/./RES', 'S/..', 'A/RES/ .. '])
      expect(toOfficialUrl(text), text).toBeUndefined();
    // Dots inside a part are part of the symbol.
    expect(toOfficialUrl('A/CONF.231/3')).toBe('https://undocs.org/A/CONF.231/3');
  });

  it('gives an address that names the symbol itself, not a path it resolves to', () => {
    for (const symbol of ['A/RES/73/195', 'A/CONF.231/3', 'E/2018/L.1', 'ST/SGB/2019/8', 'A/a b'])
      expect(new URL(toOfficialUrl(symbol) as string).pathname.split('/').slice(1)).toEqual(
        symbol.split('/').map(encodeURIComponent),
      );
  });

  it('gives none, and does not throw, for a symbol holding a lone surrogate (issue 17, N11)', () => {
    for (const text of ['A/RES/\uD800', 'A/\uDC00x', 'S/\uD83D'])
      expect(toOfficialUrl(text), text).toBeUndefined();
    // A whole pair is a character like any other, percent-encoded.
    expect(toOfficialUrl('A/\uD83D\uDE00')).toBe('https://undocs.org/A/%F0%9F%98%80');
  });
});
