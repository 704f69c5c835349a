export default 5;
export const __esModule = false;
