export const hello = (name) => `hello ${name}`;
export const shout = (text) => text.toUpperCase();
