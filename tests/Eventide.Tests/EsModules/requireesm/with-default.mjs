export default function f() {}
export const named = 1;
