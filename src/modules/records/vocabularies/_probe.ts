import Decimal from 'decimal.js';
const D = Decimal.clone({ precision: 200 });
export const x: string = new D('0.1').plus('0.2').toFixed();
console.log(x);
