export const f = () => "esm lib";
