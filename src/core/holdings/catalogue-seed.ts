/**
 * The reference catalogue shipped with Custodia: makers and calibres common in Latin American
 * private security (.38 Special revolvers, 9×19 mm and .380 ACP pistols, 12-gauge pump shotguns).
 * Ids are stable slugs, the same in every national instance; administrators add entries.
 * Country: ISO 3166-1 alpha-2 of the maker's main seat.
 */
export interface SeedManufacturer {
  readonly id: string;
  readonly name: string;
  readonly countryCode: string;
  readonly aliases: readonly string[];
}

export interface SeedCalibre {
  readonly id: string;
  readonly name: string;
  readonly category: 'handgun' | 'shotgun' | 'rifle';
  readonly aliases: readonly string[];
}

export interface SeedModel {
  readonly manufacturerId: string;
  readonly name: string;
  readonly type: string;
  readonly calibreId: string;
}

export const SEED_MANUFACTURERS: readonly SeedManufacturer[] = [
  { id: 'taurus', name: 'Taurus', countryCode: 'BR', aliases: ['Forjas Taurus', 'Taurus Armas'] },
  { id: 'smith-wesson', name: 'Smith & Wesson', countryCode: 'US', aliases: ['S&W', 'Smith and Wesson', 'SW'] },
  { id: 'rossi', name: 'Rossi', countryCode: 'BR', aliases: ['Amadeo Rossi'] },
  { id: 'colt', name: 'Colt', countryCode: 'US', aliases: ["Colt's Manufacturing"] },
  { id: 'ruger', name: 'Ruger', countryCode: 'US', aliases: ['Sturm Ruger', 'Sturm, Ruger & Co.'] },
  { id: 'llama', name: 'Llama', countryCode: 'ES', aliases: ['Llama Gabilondo', 'Gabilondo y Cía'] },
  { id: 'glock', name: 'Glock', countryCode: 'AT', aliases: ['Glock GmbH'] },
  { id: 'beretta', name: 'Beretta', countryCode: 'IT', aliases: ['Pietro Beretta', 'Fabbrica d\u2019Armi Pietro Beretta'] },
  { id: 'bersa', name: 'Bersa', countryCode: 'AR', aliases: ['Bersa S.A.'] },
  { id: 'cz', name: 'CZ', countryCode: 'CZ', aliases: ['Česká zbrojovka', 'Ceska Zbrojovka', 'CZUB'] },
  { id: 'sig-sauer', name: 'Sig Sauer', countryCode: 'DE', aliases: ['SIG', 'Sig-Sauer', 'SIG SAUER'] },
  { id: 'iwi', name: 'IWI', countryCode: 'IL', aliases: ['Israel Weapon Industries', 'Jericho', 'IMI'] },
  { id: 'walther', name: 'Walther', countryCode: 'DE', aliases: ['Carl Walther'] },
  { id: 'browning', name: 'Browning', countryCode: 'US', aliases: [] },
  { id: 'fn-herstal', name: 'FN Herstal', countryCode: 'BE', aliases: ['FN', 'Fabrique Nationale'] },
  { id: 'imbel', name: 'Imbel', countryCode: 'BR', aliases: ['Indústria de Material Bélico do Brasil'] },
  { id: 'heckler-koch', name: 'Heckler & Koch', countryCode: 'DE', aliases: ['H&K', 'HK', 'Heckler and Koch'] },
  { id: 'canik', name: 'Canik', countryCode: 'TR', aliases: ['Samsun Yurt Savunma'] },
  { id: 'mossberg', name: 'Mossberg', countryCode: 'US', aliases: ['O.F. Mossberg & Sons'] },
  { id: 'remington', name: 'Remington', countryCode: 'US', aliases: ['Remington Arms'] },
  { id: 'winchester', name: 'Winchester', countryCode: 'US', aliases: ['Winchester Repeating Arms'] },
  { id: 'hatsan', name: 'Hatsan', countryCode: 'TR', aliases: ['Hatsan Arms'] },
  { id: 'stoeger', name: 'Stoeger', countryCode: 'TR', aliases: ['Stoeger Industries'] },
  { id: 'armscor', name: 'Armscor', countryCode: 'PH', aliases: ['Rock Island Armory', 'RIA'] },
  { id: 'escort', name: 'Escort', countryCode: 'TR', aliases: ['Hatsan Escort'] },
  { id: 'maverick', name: 'Maverick', countryCode: 'US', aliases: ['Maverick Arms'] },
  { id: 'cbc', name: 'CBC', countryCode: 'BR', aliases: ['Companhia Brasileira de Cartuchos', 'Magtech'] },
  { id: 'fame', name: 'FAME', countryCode: 'PE', aliases: ['Fábrica de Armas y Municiones del Ejército'] },
  { id: 'indumil', name: 'Indumil', countryCode: 'CO', aliases: ['Industria Militar'] },
];

export const SEED_CALIBRES: readonly SeedCalibre[] = [
  { id: '38-special', name: '.38 Special', category: 'handgun', aliases: ['.38 SPL', '38 Special', '.38 Spl', '38 SPL', '.38 S&W Special'] },
  { id: '9x19', name: '9×19 mm', category: 'handgun', aliases: ['9x19mm', '9 mm Parabellum', '9mm Luger', '9 mm', '9mm'] },
  { id: '380-acp', name: '.380 ACP', category: 'handgun', aliases: ['9×17 mm', '9x17', '9 mm corto', '9 mm Kurz', '.380 Auto'] },
  { id: '32-sw-long', name: '.32 S&W Long', category: 'handgun', aliases: ['.32 Long', '32 S&W L'] },
  { id: '357-magnum', name: '.357 Magnum', category: 'handgun', aliases: ['.357 Mag', '357 Magnum'] },
  { id: '40-sw', name: '.40 S&W', category: 'handgun', aliases: ['.40', '40 S&W', '10×22 mm'] },
  { id: '45-acp', name: '.45 ACP', category: 'handgun', aliases: ['.45 Auto', '45 ACP', '11.43×23 mm'] },
  { id: '22-lr', name: '.22 LR', category: 'rifle', aliases: ['.22 Long Rifle', '22 LR', '.22'] },
  { id: '12-gauge', name: '12 gauge', category: 'shotgun', aliases: ['12 ga', 'calibre 12', 'cal. 12', '12GA', '12/70', '12/76'] },
  { id: '16-gauge', name: '16 gauge', category: 'shotgun', aliases: ['16 ga', 'calibre 16', '16GA'] },
  { id: '5-56x45', name: '5.56×45 mm', category: 'rifle', aliases: ['5.56 NATO', '5,56 mm', '.223 Remington', '5.56x45'] },
  { id: '7-62x39', name: '7.62×39 mm', category: 'rifle', aliases: ['7,62×39', '7.62x39'] },
  { id: '7-62x51', name: '7.62×51 mm', category: 'rifle', aliases: ['7.62 NATO', '.308 Winchester', '7,62×51'] },
];

export const SEED_MODELS: readonly SeedModel[] = [
  { manufacturerId: 'taurus', name: '82', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'taurus', name: '85', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'taurus', name: 'PT 92', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'taurus', name: 'G2C', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'smith-wesson', name: 'Model 10', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'rossi', name: 'R352', type: 'revolver', calibreId: '38-special' },
  { manufacturerId: 'glock', name: '17', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'glock', name: '19', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'beretta', name: '92FS', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'bersa', name: 'Thunder 380', type: 'pistol', calibreId: '380-acp' },
  { manufacturerId: 'bersa', name: 'TPR9', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'cz', name: '75 B', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'iwi', name: 'Jericho 941', type: 'pistol', calibreId: '9x19' },
  { manufacturerId: 'mossberg', name: '500', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'remington', name: '870', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'hatsan', name: 'Escort Aimguard', type: 'shotgun', calibreId: '12-gauge' },
  { manufacturerId: 'maverick', name: '88', type: 'shotgun', calibreId: '12-gauge' },
];
