import type { CountryCode } from '../shared/country-codes';
import type { FirearmType } from './firearm-types';

/**
 * The reference catalogue shipped with Custodia (issue 3, "Registry"): the makers, calibres and
 * models common in Latin American private security — .38 Special revolvers, 9×19 mm and .380 ACP
 * pistols, 12-gauge pump shotguns (fact sheet §9.2; the LAC list itself is [U], the Spanish analogue
 * [C]) — plus the ammunition makers of the region. Administrators extend it; these ids are stable
 * slugs, the same in every national instance. Matching (catalogue-matching.ts) reads `name`, `id`
 * and `aliases`, so an alias is any spelling people write for the entry.
 */
export interface CatalogueManufacturer {
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 of the maker's main seat; each weapon records its own country from its marks. */
  readonly countryCode: CountryCode;
  readonly aliases: readonly string[];
  readonly makes: readonly ('firearms' | 'ammunition')[];
  readonly note?: string;
}

export type CalibreCategory = 'handgun' | 'shotgun' | 'rifle';

export interface CatalogueCalibre {
  readonly id: string;
  readonly name: string;
  readonly category: CalibreCategory;
  readonly aliases: readonly string[];
  readonly note?: string;
}

export interface CatalogueModel {
  readonly manufacturerId: string;
  readonly model: string;
  readonly type: FirearmType;
  readonly calibreId: string;
}

const FIREARMS = ['firearms'] as const;
const AMMUNITION = ['ammunition'] as const;
const BOTH = ['firearms', 'ammunition'] as const;

export const CATALOGUE_MANUFACTURERS: readonly CatalogueManufacturer[] = [
  // Revolvers (.38 Special) and pistols.
  {
    id: 'taurus',
    name: 'Taurus',
    countryCode: 'BR',
    aliases: ['Forjas Taurus', 'Taurus Armas', 'Taurus International'],
    makes: FIREARMS,
    note: 'Also made in the United States (Taurus USA).',
  },
  {
    id: 'smith-wesson',
    name: 'Smith & Wesson',
    countryCode: 'US',
    aliases: ['S&W', 'Smith and Wesson', 'SW', 'Smith & Wesson Brands'],
    makes: FIREARMS,
  },
  { id: 'rossi', name: 'Rossi', countryCode: 'BR', aliases: ['Amadeo Rossi'], makes: FIREARMS },
  {
    id: 'colt',
    name: 'Colt',
    countryCode: 'US',
    aliases: ["Colt's Manufacturing Company", "Colt's", "Colt's Patent Fire Arms"],
    makes: FIREARMS,
  },
  {
    id: 'ruger',
    name: 'Ruger',
    countryCode: 'US',
    aliases: ['Sturm, Ruger & Co.', 'Sturm Ruger'],
    makes: FIREARMS,
  },
  {
    id: 'llama',
    name: 'Llama',
    countryCode: 'ES',
    aliases: ['Llama-Gabilondo y Cía', 'Gabilondo y Cía', 'Gabilondo'],
    makes: FIREARMS,
  },
  {
    id: 'astra',
    name: 'Astra',
    countryCode: 'ES',
    aliases: ['Astra-Unceta y Cía', 'Unceta y Cía'],
    makes: FIREARMS,
  },
  {
    id: 'glock',
    name: 'Glock',
    countryCode: 'AT',
    aliases: ['Glock GmbH', 'Glock Ges.m.b.H.'],
    makes: FIREARMS,
    note: 'Some pistols are made in the United States (Glock Inc.).',
  },
  {
    id: 'beretta',
    name: 'Beretta',
    countryCode: 'IT',
    aliases: ['Pietro Beretta', "Fabbrica d'Armi Pietro Beretta", 'Beretta S.p.A.', 'Beretta USA'],
    makes: FIREARMS,
  },
  { id: 'bersa', name: 'Bersa', countryCode: 'AR', aliases: ['Bersa S.A.'], makes: FIREARMS },
  {
    id: 'cz',
    name: 'CZ',
    countryCode: 'CZ',
    aliases: ['Česká zbrojovka', 'Česká zbrojovka Uherský Brod', 'CZUB', 'CZ-UB'],
    makes: FIREARMS,
  },
  {
    id: 'sig-sauer',
    name: 'Sig Sauer',
    // Main producer chosen: SIG Sauer Inc. (Newington, New Hampshire). The older P-series pistols were
    // made by SIG Sauer GmbH in Eckernförde (DE), which ended production in 2020, and the first SIG
    // pistols in Switzerland (CH): the weapon's own marks give its country.
    countryCode: 'US',
    aliases: ['SIG', 'Sig-Sauer', 'SIG Sauer Inc.', 'SIG Sauer GmbH', 'SIG Arms', 'J. P. Sauer & Sohn'],
    makes: BOTH,
    note: 'Main seat taken as the United States (SIG Sauer Inc.); older P-series pistols are German-made (DE).',
  },
  {
    id: 'iwi',
    name: 'IWI',
    countryCode: 'IL',
    // IWI took over IMI's small-arms division in 2005; forms often name the Jericho pistol as the maker.
    aliases: ['Israel Weapon Industries', 'IMI', 'Israel Military Industries', 'Jericho'],
    makes: FIREARMS,
  },
  {
    id: 'walther',
    name: 'Walther',
    countryCode: 'DE',
    aliases: ['Carl Walther', 'Carl Walther GmbH', 'Walther Arms'],
    makes: FIREARMS,
  },
  {
    id: 'browning',
    name: 'Browning',
    countryCode: 'US',
    aliases: ['Browning Arms Company', 'Browning Arms'],
    makes: FIREARMS,
    note: 'Browning Arms Company (Utah) belongs to FN Herstal; Browning pistols such as the Hi-Power were made by FN in Belgium (BE).',
  },
  {
    id: 'fn-herstal',
    name: 'FN Herstal',
    countryCode: 'BE',
    aliases: ['FN', 'Fabrique Nationale', "Fabrique Nationale d'Herstal", 'FN America'],
    makes: BOTH,
  },
  {
    id: 'imbel',
    name: 'Imbel',
    countryCode: 'BR',
    aliases: ['Indústria de Material Bélico do Brasil'],
    makes: FIREARMS,
  },
  {
    id: 'heckler-koch',
    name: 'Heckler & Koch',
    countryCode: 'DE',
    aliases: ['H&K', 'HK', 'Heckler and Koch', 'Heckler & Koch GmbH'],
    makes: FIREARMS,
  },
  {
    id: 'canik',
    name: 'Canik',
    countryCode: 'TR',
    aliases: ['Canik Arms', 'Samsun Yurt Savunma', 'Samsun Yurt Savunma Sanayi'],
    makes: FIREARMS,
  },
  // 12-gauge pump shotguns.
  {
    id: 'mossberg',
    name: 'Mossberg',
    countryCode: 'US',
    aliases: ['O.F. Mossberg & Sons', 'O. F. Mossberg'],
    makes: FIREARMS,
  },
  {
    id: 'maverick',
    name: 'Maverick Arms',
    countryCode: 'US',
    aliases: ['Maverick', 'Maverick Arms Inc.'],
    makes: FIREARMS,
    note: 'Mossberg subsidiary (Eagle Pass, Texas).',
  },
  {
    id: 'remington',
    name: 'Remington',
    countryCode: 'US',
    aliases: ['Remington Arms', 'Remington Arms Company', 'RemArms'],
    makes: BOTH,
  },
  {
    id: 'winchester',
    name: 'Winchester',
    countryCode: 'US',
    aliases: ['Winchester Repeating Arms', 'Olin Winchester', 'Winchester Ammunition'],
    makes: BOTH,
    note: 'Winchester-brand shotguns are made under licence, some outside the United States.',
  },
  {
    id: 'hatsan',
    name: 'Hatsan',
    countryCode: 'TR',
    // Escort is Hatsan's shotgun line, so a row naming "Escort" names Hatsan, the maker the ITI asks for.
    aliases: ['Hatsan Arms', 'Hatsan Arms Company', 'Escort', 'Hatsan Escort'],
    makes: FIREARMS,
  },
  {
    id: 'stoeger',
    name: 'Stoeger',
    // Stoeger Industries (a Beretta Holding company) is the US importer; the pump shotguns are made by
    // Stoeger Silah Sanayi in Türkiye, the country chosen here.
    countryCode: 'TR',
    aliases: ['Stoeger Industries', 'Stoeger Silah Sanayi'],
    makes: FIREARMS,
    note: 'Main seat taken as Türkiye (Stoeger Silah Sanayi); the US company imports.',
  },
  {
    id: 'armscor',
    name: 'Armscor',
    countryCode: 'PH',
    aliases: ['Arms Corporation of the Philippines', 'Rock Island Armory', 'RIA'],
    makes: BOTH,
  },
  // Makers of the rifles and carbines PSCs sometimes hold.
  {
    id: 'norinco',
    name: 'Norinco',
    countryCode: 'CN',
    aliases: ['China North Industries', 'China North Industries Corporation'],
    makes: BOTH,
  },
  {
    id: 'kalashnikov',
    name: 'Kalashnikov Concern',
    countryCode: 'RU',
    aliases: ['Kalashnikov', 'Izhmash'],
    makes: FIREARMS,
  },
  {
    id: 'zastava',
    name: 'Zastava Arms',
    countryCode: 'RS',
    aliases: ['Zastava', 'Zastava Oružje'],
    makes: FIREARMS,
  },
  // Makers of the region that also make ammunition, and ammunition makers.
  {
    id: 'cbc',
    name: 'CBC',
    countryCode: 'BR',
    aliases: ['Companhia Brasileira de Cartuchos', 'Magtech'],
    makes: BOTH,
  },
  { id: 'indumil', name: 'Indumil', countryCode: 'CO', aliases: ['Industria Militar'], makes: BOTH },
  {
    id: 'fabricaciones-militares',
    name: 'Fabricaciones Militares',
    countryCode: 'AR',
    aliases: ['FM', 'DGFM', 'Dirección General de Fabricaciones Militares'],
    makes: BOTH,
  },
  {
    id: 'fame',
    name: 'FAME',
    countryCode: 'PE',
    aliases: ['Fábrica de Armas y Municiones del Ejército'],
    makes: AMMUNITION,
  },
  {
    id: 'cavim',
    name: 'CAVIM',
    countryCode: 'VE',
    aliases: ['Compañía Anónima Venezolana de Industrias Militares'],
    makes: AMMUNITION,
  },
  {
    id: 'aguila',
    name: 'Aguila',
    countryCode: 'MX',
    aliases: ['Industrias Tecnos', 'Aguila Ammunition'],
    makes: AMMUNITION,
  },
  { id: 'fiocchi', name: 'Fiocchi', countryCode: 'IT', aliases: ['Fiocchi Munizioni'], makes: AMMUNITION },
  {
    id: 'sellier-bellot',
    name: 'Sellier & Bellot',
    countryCode: 'CZ',
    aliases: ['S&B', 'Sellier and Bellot'],
    makes: AMMUNITION,
  },
  { id: 'prvi-partizan', name: 'Prvi Partizan', countryCode: 'RS', aliases: ['PPU'], makes: AMMUNITION },
  {
    id: 'federal',
    name: 'Federal',
    countryCode: 'US',
    aliases: ['Federal Premium', 'Federal Cartridge'],
    makes: AMMUNITION,
  },
  {
    id: 'hornady',
    name: 'Hornady',
    countryCode: 'US',
    aliases: ['Hornady Manufacturing'],
    makes: AMMUNITION,
  },
];

export const CATALOGUE_CALIBRES: readonly CatalogueCalibre[] = [
  {
    id: '38-special',
    name: '.38 Special',
    category: 'handgun',
    // A bare ".38" is read as .38 Special, as in LAC registers; the shorter .38 S&W is not seeded.
    aliases: ['.38 SPL', '.38 S&W Special', '.38 Especial', '.38', '9×29 mm R'],
  },
  {
    id: '38-super',
    name: '.38 Super',
    category: 'handgun',
    aliases: ['.38 Super Auto', '.38 Super ACP', '9×23 mm SR'],
  },
  {
    id: '9x19',
    name: '9×19 mm',
    category: 'handgun',
    // A bare "9 mm" is read as 9×19 mm Parabellum, the usual reading in the region; the short 9 mm is
    // written "9 mm corto" / "9 mm Kurz" and is .380 ACP below, never this entry.
    aliases: ['9×19 mm Parabellum', '9 mm Parabellum', '9 mm Luger', '9 mm NATO', '9×19 mm NATO', '9 mm'],
  },
  {
    id: '380-acp',
    name: '.380 ACP',
    category: 'handgun',
    aliases: ['.380 Auto', '.380', '9×17 mm', '9 mm corto', '9 mm Kurz', '9 mm Browning Short'],
  },
  {
    id: '32-acp',
    name: '.32 ACP',
    category: 'handgun',
    aliases: ['.32 Auto', '7.65 mm Browning', '7.65×17 mm', '7.65 mm'],
  },
  { id: '32-sw-long', name: '.32 S&W Long', category: 'handgun', aliases: ['.32 Long', '.32 S&W L'] },
  {
    id: '357-magnum',
    name: '.357 Magnum',
    category: 'handgun',
    aliases: ['.357', '.357 S&W Magnum', '9×33 mm R'],
  },
  { id: '40-sw', name: '.40 S&W', category: 'handgun', aliases: ['.40', '10×22 mm'] },
  { id: '45-acp', name: '.45 ACP', category: 'handgun', aliases: ['.45', '11.43×23 mm', '11.43 mm'] },
  {
    id: '22-lr',
    name: '.22 LR',
    category: 'rifle',
    aliases: ['.22 Long Rifle', '.22', '5.6 mm LR'],
    note: 'Rimfire; chambered in pistols and revolvers as well as rifles.',
  },
  // Shotgun bores: "12", "12 ga", "calibre 12" and "cal. 12" are one key (catalogue-matching.ts).
  { id: '12-gauge', name: '12 gauge', category: 'shotgun', aliases: ['12/70', '12/76'] },
  { id: '16-gauge', name: '16 gauge', category: 'shotgun', aliases: ['16/70'] },
  { id: '20-gauge', name: '20 gauge', category: 'shotgun', aliases: ['20/70', '20/76'] },
  // 5.56 NATO and .223 Remington, like 7.62 NATO and .308 Winchester, are kept apart: the barrel is
  // marked with one of them and the record keeps what is marked.
  {
    id: '5-56x45',
    name: '5.56×45 mm',
    category: 'rifle',
    aliases: ['5.56 NATO', '5.56×45 mm NATO', '5.56 mm', '5.56'],
  },
  { id: '223-remington', name: '.223 Remington', category: 'rifle', aliases: ['.223'] },
  { id: '7-62x39', name: '7.62×39 mm', category: 'rifle', aliases: ['7.62 M43'] },
  { id: '7-62x51', name: '7.62×51 mm', category: 'rifle', aliases: ['7.62 NATO', '7.62×51 mm NATO'] },
  { id: '308-winchester', name: '.308 Winchester', category: 'rifle', aliases: ['.308'] },
];

export const CATALOGUE_MODELS: readonly CatalogueModel[] = [
  { manufacturerId: 'taurus', model: '82', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'taurus', model: '85', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'taurus', model: '66', type: 'revolver', calibreId: '357-magnum' },
  { manufacturerId: 'taurus', model: 'PT 92', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'taurus', model: 'G2C', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'taurus', model: 'TS9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'taurus', model: 'PT 58', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'taurus', model: 'PT 938', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'taurus', model: 'PT 100', type: 'pistol', calibreId: '40-sw' },
  { manufacturerId: 'smith-wesson', model: 'Model 10', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'smith-wesson', model: 'Model 64', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'smith-wesson', model: 'Model 36', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'smith-wesson', model: 'Model 686', type: 'revolver', calibreId: '357-magnum' },
  { manufacturerId: 'smith-wesson', model: 'M&P9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'smith-wesson', model: 'SD9VE', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'rossi', model: 'R352', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'rossi', model: '88', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'rossi', model: '971', type: 'revolver', calibreId: '357-magnum' },
  { manufacturerId: 'colt', model: 'Detective Special', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'colt', model: 'Official Police', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'colt', model: 'M1911A1', type: 'pistol', calibreId: '45-acp' },
  { manufacturerId: 'ruger', model: 'LCR', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'ruger', model: 'GP100', type: 'revolver', calibreId: '357-magnum' },
  { manufacturerId: 'ruger', model: 'Security-9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'ruger', model: '10/22', type: 'rifle', calibreId: '22-lr' },
  { manufacturerId: 'llama', model: 'Martial', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'astra', model: 'Cadix', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'glock', model: '17', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'glock', model: '19', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'glock', model: '26', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'glock', model: '22', type: 'pistol', calibreId: '40-sw' },
  { manufacturerId: 'glock', model: '25', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'glock', model: '21', type: 'pistol', calibreId: '45-acp' },
  { manufacturerId: 'beretta', model: '92FS', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'beretta', model: 'PX4 Storm', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'beretta', model: 'APX', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'beretta', model: '84', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'beretta', model: '85', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'bersa', model: 'Thunder 380', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'bersa', model: 'Thunder 9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'bersa', model: 'TPR9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'bersa', model: 'Thunder 40', type: 'pistol', calibreId: '40-sw' },
  { manufacturerId: 'bersa', model: 'Thunder 22', type: 'pistol', calibreId: '22-lr' },
  { manufacturerId: 'cz', model: '75 B', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'cz', model: 'P-07', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'cz', model: 'P-10 C', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'cz', model: '83', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'cz', model: 'Scorpion EVO 3', type: 'submachine-gun', calibreId: '9x19' },
  { manufacturerId: 'sig-sauer', model: 'P226', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'sig-sauer', model: 'P229', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'sig-sauer', model: 'P320', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'sig-sauer', model: 'SP 2022', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'sig-sauer', model: 'P238', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'iwi', model: 'Jericho 941', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'iwi', model: 'Masada', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'iwi', model: 'Uzi', type: 'submachine-gun', calibreId: '9x19' },
  { manufacturerId: 'iwi', model: 'Tavor', type: 'assault-rifle', calibreId: '5-56x45' },
  { manufacturerId: 'walther', model: 'P99', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'walther', model: 'PPQ', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'walther', model: 'PPK', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'walther', model: 'P22', type: 'pistol', calibreId: '22-lr' },
  { manufacturerId: 'browning', model: 'Hi-Power', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'browning', model: 'Buck Mark', type: 'pistol', calibreId: '22-lr' },
  { manufacturerId: 'fn-herstal', model: 'Hi-Power', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'fn-herstal', model: 'FN 509', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'fn-herstal', model: 'FAL', type: 'rifle', calibreId: '7-62x51' },
  { manufacturerId: 'fn-herstal', model: 'Minimi', type: 'light-machine-gun', calibreId: '5-56x45' },
  { manufacturerId: 'imbel', model: 'IA2', type: 'assault-rifle', calibreId: '5-56x45' },
  { manufacturerId: 'imbel', model: 'MD97', type: 'assault-rifle', calibreId: '5-56x45' },
  { manufacturerId: 'heckler-koch', model: 'USP', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'heckler-koch', model: 'P30', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'heckler-koch', model: 'VP9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'heckler-koch', model: 'MP5', type: 'submachine-gun', calibreId: '9x19' },
  { manufacturerId: 'heckler-koch', model: 'G3', type: 'rifle', calibreId: '7-62x51' },
  { manufacturerId: 'heckler-koch', model: 'HK416', type: 'assault-rifle', calibreId: '5-56x45' },
  { manufacturerId: 'canik', model: 'TP9SF', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'canik', model: 'TP9SA', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'mossberg', model: '500', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'mossberg', model: '590', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'maverick', model: '88', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'remington', model: '870', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'winchester', model: '1300 Defender', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'winchester', model: 'SXP Defender', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'hatsan', model: 'Escort Aimguard', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'hatsan', model: 'Escort MP-A', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'stoeger', model: 'P3000', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'stoeger', model: 'P350', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'armscor', model: 'M30', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'armscor', model: 'M200', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'armscor', model: 'M206', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'cbc', model: '586.2', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'cbc', model: 'Pump Military 3.0', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'cbc', model: '7022', type: 'rifle', calibreId: '22-lr' },
  { manufacturerId: 'indumil', model: 'Córdova', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'norinco', model: 'Type 56', type: 'assault-rifle', calibreId: '7-62x39' },
  { manufacturerId: 'norinco', model: 'NP22', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'norinco', model: 'Hawk 982', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'kalashnikov', model: 'AKM', type: 'assault-rifle', calibreId: '7-62x39' },
  { manufacturerId: 'kalashnikov', model: 'AK-103', type: 'assault-rifle', calibreId: '7-62x39' },
  { manufacturerId: 'zastava', model: 'M70', type: 'assault-rifle', calibreId: '7-62x39' },
  { manufacturerId: 'zastava', model: 'CZ 99', type: 'pistol', calibreId: '9x19' },
];
