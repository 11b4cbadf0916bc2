import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/errors.ts';
import { assertNoUnacknowledgedCpr, findCprNumbers, maskCpr } from './cpr.rules.ts';

const found = (text: string) => findCprNumbers(text).map((m) => text.slice(m.index, m.index + m.length));

describe('CPR numbers in free text', () => {
  it('catches valid CPR numbers with and without the dash, anywhere in a sentence', () => {
    expect(found('Patient 010190-1234 fik forkert brev')).toEqual(['010190-1234']);
    expect(found('CPR 0101901234.')).toEqual(['0101901234']);
    expect(found('(311299-4321),291292-1111')).toEqual(['311299-4321', '291292-1111']);
    expect(found('Linje1\n150575-2345\nLinje3')).toEqual(['150575-2345']);
  });

  it('catches numbers that fail the old modulus-11 check (issued since 2007)', () => {
    // 010190-1235 does not satisfy modulus 11 but is a real date with a serial number.
    expect(found('010190-1235')).toEqual(['010190-1235']);
  });

  it('ignores impossible dates: day 32, 31 November, month 13, day 00', () => {
    expect(found('320190-1234')).toEqual([]);
    expect(found('311190-1234')).toEqual([]);
    expect(found('310490-1234 og 310690-1234 og 310990-1234')).toEqual([]);
    expect(found('011390-1234')).toEqual([]);
    expect(found('000190-1234')).toEqual([]);
  });

  it('decides 29 February by the century the serial number gives', () => {
    // 1900 (serial 0-3) was not a leap year; 2000 (serial 4, year 00) was.
    expect(found('290200-1234')).toEqual([]);
    expect(found('290200-4234')).toEqual(['290200-4234']);
    expect(found('290296-1234')).toEqual(['290296-1234']);
    expect(found('290297-1234')).toEqual([]);
  });

  it('leaves ordinary numbers alone: phone numbers, order numbers, account and EAN numbers', () => {
    expect(found('Ring på 33 12 34 56 eller 33123456')).toEqual([]);
    expect(found('Ordre nr. 123456-78')).toEqual([]);
    expect(found('Konto 12345678901234')).toEqual([]);
    expect(found('EAN 5790000123456')).toEqual([]);
    expect(found('Sag 2026-010190-1234 og 010190-1234-7')).toEqual([]);
    expect(found('Version 1.010190.1234')).toEqual([]);
    expect(found('Faktura 01019012345')).toEqual([]);
    expect(found('Kl. 10:15 den 01-01-1990')).toEqual([]);
  });

  it('masks the serial part as ddmmyy-**** and counts the masks', () => {
    expect(maskCpr('Se 010190-1234 og 0202021234 samt tlf 33123456')).toEqual({
      text: 'Se 010190-**** og 020202-**** samt tlf 33123456',
      masked: 2,
    });
    expect(maskCpr('ingen her')).toEqual({ text: 'ingen her', masked: 0 });
  });

  it('never finds a CPR number in a run of more than ten digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11,30}$/), (digits) => {
        expect(findCprNumbers(digits)).toEqual([]);
      }),
    );
  });

  it('finds every generated valid CPR number, in any text around it (property)', () => {
    const date = fc.date({
      min: new Date('1901-01-01T00:00:00Z'),
      max: new Date('1999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 3999 }),
        fc.boolean(),
        fc.string(),
        (d, serial, dash, tail) => {
          const dd = String(d.getUTCDate()).padStart(2, '0');
          const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
          const yy = String(d.getUTCFullYear() % 100).padStart(2, '0');
          const cpr = `${dd}${mm}${yy}${dash ? '-' : ''}${String(serial).padStart(4, '0')}`;
          const text = `Notat: ${cpr} ${tail.replace(/\d/g, 'x')}`;
          expect(findCprNumbers(text).map((m) => m.masked)).toEqual([`${dd}${mm}${yy}-****`]);
        },
      ),
    );
  });

  it('refuses unconfirmed text naming the fields, and lets confirmed text through', () => {
    const fields = { title: 'Brev til forkert modtager', description: 'Brevet nævnte 010190-1234.' };
    let error: unknown;
    try {
      assertNoUnacknowledgedCpr(fields, false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      status: 400,
      code: 'incident_cpr_found',
      fields: [{ path: 'description', code: 'cpr_number_found' }],
    });
    expect(() => assertNoUnacknowledgedCpr(fields, true)).not.toThrow();
    expect(() => assertNoUnacknowledgedCpr({ description: 'Tlf. 33123456' }, false)).not.toThrow();
  });
});
