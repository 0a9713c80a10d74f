import { generateSecret, generateURI, verify } from 'otplib';

// RFC 6238 with the authenticator-app defaults: SHA-1, 6 digits, 30-second steps; one step of drift either side.
export function newTotpSecret(): string {
  return generateSecret();
}

export function totpUri(secret: string, account: string): string {
  return generateURI({ issuer: 'Custodia', label: account, secret });
}

/**
 * The RFC 6238 time step a code belongs to, or null when it is wrong. A code of a step at or before
 * `afterStep` (the last one this user had accepted) is refused: each code works once (RFC 6238 §5.2).
 */
export async function acceptedTotpStep(
  secret: string,
  code: string,
  at: Date,
  afterStep: number | null,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(at.getTime() / 1000),
    epochTolerance: 30,
    ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
  });
  if (!result.valid) return null;
  const step = (result as { timeStep?: number }).timeStep;
  return typeof step === 'number' ? step : Math.floor(at.getTime() / 30_000) + (result.delta ?? 0);
}
