/** The texts of one area in another language: exactly the keys of the Finnish file of that area, each a string. */
export type Texts<T> = { [K in keyof T]: string };
