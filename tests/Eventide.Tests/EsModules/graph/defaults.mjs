export default function () {} ; export const named = "N";
