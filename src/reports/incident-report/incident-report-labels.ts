import type {
  ClockStatus,
  IncidentFirearmRole,
  IncidentKind,
  IncidentMessageKind,
  IncidentPersonRole,
  IncidentStatus,
} from '../../core/incidents/incident-terms';
import type { IncidentReportClock } from './incident-report-view';

export type IncidentReportLanguage = 'es' | 'en';

interface IncidentReportText {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: {
    readonly incident: string;
    readonly timeAndPlace: string;
    readonly persons: string;
    readonly weapons: string;
    readonly ammunition: string;
    readonly injuriesAndDamage: string;
    readonly circumstances: string;
    readonly measures: string;
    readonly policeAndNotifications: string;
    readonly clocks: string;
    readonly regulatorThread: string;
    readonly outcome: string;
  };
  readonly reference: string;
  readonly company: string;
  readonly kind: string;
  readonly status: string;
  readonly reportedBy: string;
  readonly reportedAt: string;
  readonly occurredAt: string;
  readonly discoveredAt: string;
  readonly place: string;
  readonly name: string;
  readonly role: string;
  readonly injured: string;
  readonly serial: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly calibre: string;
  readonly type: string;
  readonly lot: string;
  readonly rounds: string;
  readonly injuries: string;
  readonly damage: string;
  readonly policeReportNumber: string;
  readonly notificationsMade: string;
  readonly clock: string;
  readonly dueAt: string;
  readonly clockState: string;
  readonly doneAt: string;
  readonly author: string;
  readonly at: string;
  readonly message: string;
  readonly outcome: string;
  readonly closedAt: string;
  readonly notClosed: string;
  readonly noneRecorded: string;
  readonly unknown: string;
  readonly yes: string;
  readonly no: string;
  readonly generatedAt: string;
  readonly page: string;
  readonly footer: string;
  readonly weaponRole: string;
  readonly kinds: Readonly<Record<IncidentKind, string>>;
  readonly statuses: Readonly<Record<IncidentStatus, string>>;
  readonly clockStates: Readonly<Record<ClockStatus, string>>;
  readonly clockNames: Readonly<Record<IncidentReportClock['name'], string>>;
  readonly roles: Readonly<Record<IncidentPersonRole, string>>;
  readonly weaponRoles: Readonly<Record<IncidentFirearmRole, string>>;
  readonly messageKinds: Readonly<Record<IncidentMessageKind, string>>;
}

export const INCIDENT_REPORT_TEXT: Readonly<Record<IncidentReportLanguage, IncidentReportText>> = {
  es: {
    title: 'Informe de incidente',
    subtitle: 'Contenido según el Código Internacional de Conducta (ICoC), párrafo 63',
    sections: {
      incident: '1. Incidente',
      timeAndPlace: '2. Fecha, hora y lugar',
      persons: '3. Personas involucradas',
      weapons: '4. Armas involucradas',
      ammunition: '5. Munición involucrada',
      injuriesAndDamage: '6. Lesiones y daños',
      circumstances: '7. Circunstancias',
      measures: '8. Medidas adoptadas',
      policeAndNotifications: '9. Denuncia policial y notificaciones',
      clocks: '10. Plazos legales',
      regulatorThread: '11. Comunicaciones con el regulador',
      outcome: '12. Resultado',
    },
    reference: 'Referencia',
    company: 'Empresa',
    kind: 'Tipo de incidente',
    status: 'Estado',
    reportedBy: 'Informado por',
    reportedAt: 'Registrado el',
    occurredAt: 'Ocurrido el',
    discoveredAt: 'Descubierto el',
    place: 'Lugar',
    name: 'Nombre',
    role: 'Papel',
    injured: 'Lesionado',
    serial: 'Número de serie',
    manufacturer: 'Fabricante',
    model: 'Modelo',
    calibre: 'Calibre',
    type: 'Tipo',
    lot: 'Lote',
    rounds: 'Cartuchos',
    injuries: 'Lesiones',
    damage: 'Daños',
    policeReportNumber: 'Número de denuncia policial',
    notificationsMade: 'Notificaciones realizadas',
    clock: 'Obligación',
    dueAt: 'Vence',
    clockState: 'Situación',
    doneAt: 'Cumplida el',
    author: 'Autor',
    at: 'Fecha',
    message: 'Mensaje',
    outcome: 'Resultado registrado por el regulador',
    closedAt: 'Cerrado el',
    weaponRole: 'Papel en el incidente',
    notClosed: 'El incidente sigue abierto; el regulador aún no ha registrado un resultado.',
    noneRecorded: 'Nada registrado',
    unknown: 'Desconocido',
    yes: 'Sí',
    no: 'No',
    generatedAt: 'Documento generado el',
    page: 'Página',
    footer:
      'Datos tomados de Custodia. Las armas y la munición corresponden al registro nacional y a su libro mayor.',
    kinds: {
      loss: 'Pérdida',
      theft: 'Hurto',
      'robbery-of-guard': 'Robo a un vigilante',
      'discharge-in-service': 'Disparo de un arma en servicio (uso de la fuerza)',
      'ammunition-shortfall': 'Faltante de munición sin explicación',
      'count-discrepancy': 'Discrepancia en un conteo',
      damage: 'Daño',
      accident: 'Accidente',
      other: 'Otro',
    },
    statuses: {
      submitted: 'Notificado al regulador',
      acknowledged: 'Recibido por el regulador',
      'information-requested': 'Información solicitada por el regulador',
      answered: 'Respondido por la empresa',
      closed: 'Cerrado',
    },
    clockStates: {
      met: 'Cumplida a tiempo',
      late: 'Cumplida fuera de plazo',
      overdue: 'Vencida sin cumplir',
      pending: 'Pendiente, en plazo',
    },
    clockNames: {
      notification: 'Notificación al regulador',
      'follow-up': 'Informe de seguimiento',
    },
    roles: {
      guard: 'Vigilante',
      staff: 'Personal de la empresa',
      victim: 'Víctima',
      suspect: 'Sospechoso',
      witness: 'Testigo',
      police: 'Policía',
      other: 'Otro',
    },
    weaponRoles: {
      missing: 'Desaparecida',
      discharged: 'Disparada',
      damaged: 'Dañada',
      involved: 'Involucrada',
    },
    messageKinds: { request: 'Solicitud de información', answer: 'Respuesta' },
  },
  en: {
    title: 'Incident report',
    subtitle: 'Content as required by the International Code of Conduct (ICoC), paragraph 63',
    sections: {
      incident: '1. Incident',
      timeAndPlace: '2. Time and place',
      persons: '3. Persons involved',
      weapons: '4. Weapons involved',
      ammunition: '5. Ammunition involved',
      injuriesAndDamage: '6. Injuries and damage',
      circumstances: '7. Circumstances',
      measures: '8. Measures taken',
      policeAndNotifications: '9. Police report and notifications',
      clocks: '10. Statutory clocks',
      regulatorThread: '11. Exchange with the regulator',
      outcome: '12. Outcome',
    },
    reference: 'Reference',
    company: 'Company',
    kind: 'Kind of incident',
    status: 'Status',
    reportedBy: 'Reported by',
    reportedAt: 'Recorded on',
    occurredAt: 'Occurred on',
    discoveredAt: 'Discovered on',
    place: 'Place',
    name: 'Name',
    role: 'Role',
    injured: 'Injured',
    serial: 'Serial number',
    manufacturer: 'Manufacturer',
    model: 'Model',
    calibre: 'Calibre',
    type: 'Type',
    lot: 'Lot',
    rounds: 'Rounds',
    injuries: 'Injuries',
    damage: 'Damage',
    policeReportNumber: 'Police report number',
    notificationsMade: 'Notifications made',
    clock: 'Obligation',
    dueAt: 'Due',
    clockState: 'State',
    doneAt: 'Done on',
    author: 'Author',
    at: 'Date',
    message: 'Message',
    outcome: 'Outcome recorded by the regulator',
    closedAt: 'Closed on',
    weaponRole: 'Part in the incident',
    notClosed: 'The incident is still open; the regulator has not yet recorded an outcome.',
    noneRecorded: 'None recorded',
    unknown: 'Unknown',
    yes: 'Yes',
    no: 'No',
    generatedAt: 'Document produced on',
    page: 'Page',
    footer: 'Data from Custodia. Weapons and ammunition are those of the national registry and its ledger.',
    kinds: {
      loss: 'Loss',
      theft: 'Theft',
      'robbery-of-guard': 'Robbery of a guard',
      'discharge-in-service': 'Discharge of a weapon in service (use of force)',
      'ammunition-shortfall': 'Unexplained ammunition shortfall',
      'count-discrepancy': 'Count discrepancy',
      damage: 'Damage',
      accident: 'Accident',
      other: 'Other',
    },
    statuses: {
      submitted: 'Notified to the regulator',
      acknowledged: 'Acknowledged by the regulator',
      'information-requested': 'Information requested by the regulator',
      answered: 'Answered by the company',
      closed: 'Closed',
    },
    clockStates: {
      met: 'Met on time',
      late: 'Met late',
      overdue: 'Overdue, not met',
      pending: 'Pending, not yet due',
    },
    clockNames: {
      notification: 'Notification to the regulator',
      'follow-up': 'Follow-up report',
    },
    roles: {
      guard: 'Guard',
      staff: 'Company staff',
      victim: 'Victim',
      suspect: 'Suspect',
      witness: 'Witness',
      police: 'Police',
      other: 'Other',
    },
    weaponRoles: {
      missing: 'Missing',
      discharged: 'Discharged',
      damaged: 'Damaged',
      involved: 'Involved',
    },
    messageKinds: { request: 'Request for information', answer: 'Answer' },
  },
};
