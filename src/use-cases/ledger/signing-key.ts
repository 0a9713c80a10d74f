import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The instance's Ed25519 key for signing ledger checkpoints. It lives in files outside the
 * database (so a copy of the database cannot forge checkpoints), created on first use.
 */
export interface SigningKey {
  readonly keyId: string;
  readonly publicKeyPem: string;
  sign(message: string): string;
}

export function keyIdOf(publicKeyPem: string): string {
  return fingerprintOf(publicKeyPem).slice('SHA256:'.length, 'SHA256:'.length + 16);
}

/**
 * A public key's fingerprint as people compare it: `SHA256:` and the SHA-256 of its SubjectPublicKeyInfo
 * (DER) in hex. The key id of a checkpoint is its first 16 hex digits. Throws on text that is not a key.
 */
export function fingerprintOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('hex')}`;
}

/** The instance key's public half, when the key exists (never creates one). */
export function readInstancePublicKey(keyDir: string): string | null {
  const privatePath = join(keyDir, 'ledger-signing-key.pem');
  if (!existsSync(privatePath)) return null;
  return createPublicKey(createPrivateKey(readFileSync(privatePath)))
    .export({ type: 'spki', format: 'pem' })
    .toString();
}

export function loadOrCreateSigningKey(keyDir: string): SigningKey {
  const privatePath = join(keyDir, 'ledger-signing-key.pem');
  const publicPath = join(keyDir, 'ledger-signing-key.pub.pem');
  if (!existsSync(privatePath)) {
    mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
    chmodSync(privatePath, 0o600);
  }
  const privateKey: KeyObject = createPrivateKey(readFileSync(privatePath));
  const publicKeyPem = createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
  return {
    keyId: keyIdOf(publicKeyPem),
    publicKeyPem,
    sign: (message) => sign(null, Buffer.from(message, 'utf8'), privateKey).toString('base64'),
  };
}

export function verifySignature(publicKeyPem: string, message: string, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(message, 'utf8'),
      createPublicKey(publicKeyPem),
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
