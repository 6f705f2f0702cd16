import { expect, test } from 'vitest';
import { visualOrder } from './reorder';

const order = (levels: number[]) => visualOrder(levels.map((level, i) => ({ level, i }))).map((r) => r.i);

test('L2: left-to-right runs inside a right-to-left paragraph keep their place in the reversal', () => {
  // "عربي Nvidia H200 عربي" in an RTL paragraph: R(1) L(2) R(1)
  expect(order([1, 2, 1])).toEqual([2, 1, 0]);
  // Arabic digits after Arabic text: R(1) AN(2) R(1) L(2)
  expect(order([1, 2, 1, 2])).toEqual([3, 2, 1, 0]);
});

test('L2: right-to-left runs inside a left-to-right paragraph are reversed in place', () => {
  // "The word موجز ٢٠٢٦ here": L(0) R(1) AN(2) L(0)
  expect(order([0, 1, 2, 0])).toEqual([0, 2, 1, 3]);
  expect(order([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
  expect(order([0, 0])).toEqual([0, 1]);
  expect(order([])).toEqual([]);
});
