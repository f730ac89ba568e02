import { describe, expect, it } from 'vitest';
import { printsAccountsSum } from './accounts-sum.js';

describe('printsAccountsSum', () => {
  it('reads a payment row with pence and no currency sign as a sum', () => {
    expect(printsAccountsSum('Hedgerow Ltd – verge trimming 212.40')).toBe(true);
    expect(printsAccountsSum('Marlbeck Joinery – new notice board 100731 275.00 55.00 330.00')).toBe(true);
    expect(printsAccountsSum('Total 1,458.24')).toBe(true);
  });

  it('does not read paragraph numbers, clock times, shares or longer numbers as sums', () => {
    expect(printsAccountsSum('4.12 The council will review the scheme each spring.')).toBe(false);
    expect(printsAccountsSum('as set out in paragraph 3.14 of the report')).toBe(false);
    expect(printsAccountsSum('The meeting opened at 10.00 and closed at 11.45 pm.')).toBe(false);
    expect(printsAccountsSum('Doors open 7.30pm for an 8.00 pm start.')).toBe(false);
    expect(printsAccountsSum('Turnout rose to 12.50% of the electorate.')).toBe(false);
    expect(printsAccountsSum('See minute 5.12.1 on the footway.')).toBe(false);
  });
});
