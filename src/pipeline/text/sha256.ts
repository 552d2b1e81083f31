import * as crypto from 'node:crypto';

/**
 * The SHA-256 of a text's UTF-8 bytes, as hex or base64url. crypto.hash (Node 20.12 and later) in
 * one call, without the Hash object createHash makes for each: for the short texts hashed once or
 * twice per release (its text, its print), making that object cost more than the hashing.
 */
export const sha256: (text: string, encoding?: 'hex' | 'base64url') => string =
  typeof crypto.hash === 'function' ? (text, encoding = 'hex') => crypto.hash('sha256', text, encoding) : (text, encoding = 'hex') => crypto.createHash('sha256').update(text, 'utf8').digest(encoding);
