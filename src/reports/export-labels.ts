/** Column headers of list exports, in the languages of the interface. */
export const EXPORT_LABELS = {
  es: {
    firearms: 'Armas', ammunitionLots: 'Lotes de munición', facilities: 'Instalaciones', users: 'Usuarios', organisations: 'Organizaciones', auditEvents: 'Auditoría',
    serial: 'Número de serie', manufacturer: 'Fabricante', model: 'Modelo', type: 'Tipo', calibre: 'Calibre', countryOfManufacture: 'País de fabricación', yearOfManufacture: 'Año de fabricación',
    importCountry: 'País de importación', importYear: 'Año de importación', status: 'Estado', facility: 'Instalación', permitNumber: 'Permiso', permitExpiresOn: 'Vence el permiso', inadequatelyMarked: 'Marcaje insuficiente',
    lotNumber: 'Lote', year: 'Año', unNumber: 'Número ONU', hazardDivision: 'División de riesgo', compatibilityGroup: 'Grupo de compatibilidad', neqKgPer1000: 'CNE kg por 1000', totalRounds: 'Cartuchos',
    code: 'Código', name: 'Nombre', kind: 'Clase', address: 'Dirección', licenceNumber: 'Licencia', licenceExpiresOn: 'Vence la licencia', maxNeqKg: 'CNE máxima (kg)',
    email: 'Correo', roles: 'Roles', language: 'Idioma', country: 'País', at: 'Fecha', event: 'Evento', organisation: 'Organización', actor: 'Actor', ip: 'IP', details: 'Detalles', yes: 'sí', no: 'no',
  },
  en: {
    firearms: 'Firearms', ammunitionLots: 'Ammunition lots', facilities: 'Facilities', users: 'Users', organisations: 'Organisations', auditEvents: 'Audit log',
    serial: 'Serial number', manufacturer: 'Manufacturer', model: 'Model', type: 'Type', calibre: 'Calibre', countryOfManufacture: 'Country of manufacture', yearOfManufacture: 'Year of manufacture',
    importCountry: 'Import country', importYear: 'Import year', status: 'Status', facility: 'Facility', permitNumber: 'Permit', permitExpiresOn: 'Permit expires', inadequatelyMarked: 'Inadequately marked',
    lotNumber: 'Lot', year: 'Year', unNumber: 'UN number', hazardDivision: 'Hazard division', compatibilityGroup: 'Compatibility group', neqKgPer1000: 'NEQ kg per 1000', totalRounds: 'Rounds',
    code: 'Code', name: 'Name', kind: 'Kind', address: 'Address', licenceNumber: 'Licence', licenceExpiresOn: 'Licence expires', maxNeqKg: 'Maximum NEQ (kg)',
    email: 'E-mail', roles: 'Roles', language: 'Language', country: 'Country', at: 'Time', event: 'Event', organisation: 'Organisation', actor: 'Actor', ip: 'IP', details: 'Details', yes: 'yes', no: 'no',
  },
} as const;
export type ExportLanguage = keyof typeof EXPORT_LABELS;
export type ExportLabel = keyof (typeof EXPORT_LABELS)['es'];
