import { z } from 'zod';
import { Id, IsoInstant, Language } from './common';
import { ORGANISATION_KINDS, ROLES } from '../core/access/roles';

export const Role = z.enum(ROLES);
export const OrganisationKind = z.enum(ORGANISATION_KINDS);

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'a valid e-mail address' }).max(254));

export const SignInRequest = z.object({
  email: Email,
  password: z.string().min(1).max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionStage = z.enum(['active', 'second-factor', 'totp-enrolment']);

export const CurrentUser = z.object({
  id: Id,
  email: z.string(),
  displayName: z.string(),
  language: Language,
  roles: z.array(Role),
  totpEnabled: z.boolean(),
  organisation: z.object({
    id: Id,
    name: z.string(),
    code: z.string(),
    kind: OrganisationKind,
    countryCode: z.string(),
    requiresTotp: z.boolean(),
  }),
});
export type CurrentUser = z.infer<typeof CurrentUser>;

export const SessionResponse = z.object({
  stage: SessionStage,
  csrfToken: z.string(),
  user: CurrentUser,
});
export type SessionResponse = z.infer<typeof SessionResponse>;

export const SecondFactorRequest = z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') });
export type SecondFactorRequest = z.infer<typeof SecondFactorRequest>;

export const TotpEnrolmentResponse = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  qrCodeDataUrl: z.string(),
});
export type TotpEnrolmentResponse = z.infer<typeof TotpEnrolmentResponse>;

export const SetLanguageRequest = z.object({ language: Language });

export const AcceptLinkRequest = z.object({
  token: z.string().min(20).max(200),
  password: z.string().min(1).max(1024),
});
export type AcceptLinkRequest = z.infer<typeof AcceptLinkRequest>;

export const LinkInfoQuery = z.object({ token: z.string().min(20).max(200) });
export const LinkInfoResponse = z.object({
  purpose: z.enum(['invitation', 'password-reset']),
  email: z.string(),
  displayName: z.string(),
  expiresAt: IsoInstant,
});
