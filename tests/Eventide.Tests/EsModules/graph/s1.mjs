export const y = "y1"; export const z = 1; export default 5;
