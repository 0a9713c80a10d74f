import type { Actor } from '../../core/access/actor';
import { parseSignCode } from '../../core/hazard/signs/sign-code';
import type { SignSize } from '../../core/hazard/signs/render-sign-svg';
import { renderSignSvg } from '../../core/hazard/signs/render-sign-svg';
import { renderSignPackPdf } from '../../reports/hazard-signs/sign-pack-pdf';
import { AppError } from '../app-error';
import type { Context } from '../context';
import { loadCountryHazardSettings } from './country-settings';
import { loadFacilityHazard, readableFacility } from './read-facility-hazard';

/** One sign of a facility as SVG, captioned in the country's language and English with the facility code and today's date. */
export async function renderFacilitySignSvg(
  ctx: Context,
  actor: Actor,
  facilityId: string,
  signCode: string,
  size: SignSize,
): Promise<string> {
  const db = ctx.database.db;
  const { facility, organisation } = await readableFacility(db, actor, facilityId);
  const sign = parseSignCode(signCode);
  if (!sign) {
    throw new AppError('VALIDATION_FAILED', `Unknown sign "${signCode}"`, {
      fields: [{ path: 'sign', message: 'not a sign code' }],
    });
  }
  const settings = await loadCountryHazardSettings(db, organisation.country_code);
  return renderSignSvg({
    sign,
    size,
    language: settings.captionLanguage,
    facilityCode: facility.code,
    date: ctx.now().slice(0, 10),
  });
}

/** The sign pack of a facility: every sign its contents require, in one print-ready PDF. */
export async function renderFacilitySignPack(
  ctx: Context,
  actor: Actor,
  facilityId: string,
  size: SignSize,
): Promise<{ pdf: Buffer; fileName: string }> {
  const db = ctx.database.db;
  const { facility, organisation } = await readableFacility(db, actor, facilityId);
  const view = await loadFacilityHazard(db, facility, organisation.country_code);
  const signs = view.requiredSigns.flatMap((code) => parseSignCode(code) ?? []);
  if (signs.length === 0) {
    throw new AppError(
      'CONFLICT',
      'The facility holds no classified ammunition, so it needs no hazard signs',
      {
        facilityId,
      },
    );
  }
  const date = ctx.now().slice(0, 10);
  const pdf = await renderSignPackPdf({
    facilityCode: facility.code,
    facilityName: facility.name,
    date,
    language: view.settings.captionLanguage,
    size,
    signs,
  });
  return { pdf, fileName: `signs-${facility.code}-${size}-${date}.pdf` };
}
