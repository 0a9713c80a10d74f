import { generateSecret, generateURI, verify } from 'otplib';

// RFC 6238 with the authenticator-app defaults: SHA-1, 6 digits, 30-second steps; one step of drift either side.
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: 'Custodia', label: account, secret });
}

export async function isValidTotp(secret: string, code: string, at: Date): Promise<boolean> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: 30,
  });
  return result.valid;
}
