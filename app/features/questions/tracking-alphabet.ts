/** No look-alikes: without 0/O, 1/I/L. 31 symbols; 10 of them carry 49.5 random bits. */
export const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 10;
