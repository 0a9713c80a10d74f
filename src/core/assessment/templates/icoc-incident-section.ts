import type { ChecklistSection } from '../checklist-template';

// Incident reporting section of the ICoC checklist (para 63). The heading and number are confirmed
// (fact sheet §8.1 [C]); the list of reportable incidents and the report's contents follow the fact
// sheet's restatement (§8.4), which is [U], so the questions describe practice and do not quote the
// Code. The loss-and-theft item cites ISACS 05.20 outcome 5 ([C]: procedures to report losses); its
// 24-hour suggestion is a configurable default, not an ICoC or ISACS deadline (§5, §11.11).
export const ICOC_INCIDENT_SECTION: ChecklistSection = {
  id: 'incident-reporting',
  title: { es: 'Informe de incidentes', en: 'Incident reporting' },
  items: [
    {
      id: 'incident-procedure',
      clause: 'ICoC 63',
      level: 1,
      weight: 3,
      critical: true,
      answerType: 'yes-partial-no-na',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿Un procedimiento escrito obliga a informar todo incidente: uso de un arma (cualquier disparo fuera del entrenamiento autorizado), escalada de fuerza, daños o lesiones, ataques, delitos, accidentes de tránsito e incidentes con otras fuerzas de seguridad?',
        en: 'Does a written procedure require every incident to be reported: use of a weapon (any discharge outside authorised training), escalation of force, damage or injury, attacks, criminal acts, traffic accidents and incidents with other security forces?',
      },
      guidance: {
        es: 'Pregunte a un guardia qué haría después de un disparo accidental.',
        en: 'Ask a guard what they would do after an accidental discharge.',
      },
    },
    {
      id: 'incident-report-content',
      clause: 'ICoC 63',
      level: 1,
      weight: 2,
      critical: false,
      answerType: 'yes-partial-no-na',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿Los informes recogen hora y lugar, identidad y nacionalidad de los involucrados, lesiones o daños, circunstancias y medidas tomadas?',
        en: 'Do the reports record time and place, identity and nationality of those involved, injuries or damage, circumstances and measures taken?',
      },
      guidance: {
        es: 'Lea los dos últimos informes. Si no hubo incidentes, evalúe el formulario en blanco.',
        en: 'Read the two latest reports. If there were no incidents, assess the blank form.',
      },
    },
    {
      id: 'incident-inquiry',
      clause: 'ICoC 63',
      level: 2,
      weight: 2,
      critical: false,
      answerType: 'yes-partial-no-na',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿Cada incidente da lugar a una investigación interna documentada?',
        en: 'Does every incident lead to a documented internal inquiry?',
      },
      guidance: {
        es: 'Busque la conclusión de la investigación y quién la firmó.',
        en: 'Look for the conclusion of the inquiry and who signed it.',
      },
    },
    {
      id: 'incident-notification',
      clause: 'ICoC 63',
      level: 1,
      weight: 2,
      critical: false,
      answerType: 'yes-partial-no-na',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿Se informa al cliente y a las autoridades competentes cuando corresponde, y queda constancia?',
        en: 'Are the client and the competent authorities informed where appropriate, with a record that they were?',
      },
      guidance: {
        es: 'Pida la constancia de aviso del último incidente con arma.',
        en: 'Ask for proof of notification of the latest incident involving a weapon.',
      },
    },
    {
      id: 'loss-theft-notification',
      clause: 'ISACS 05.20 outcome 5',
      level: 1,
      weight: 3,
      critical: true,
      answerType: 'yes-partial-no-na',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿La pérdida o el robo de un arma o de munición se notifica a la autoridad dentro del plazo que fija la ley?',
        en: 'Is the loss or theft of a weapon or ammunition notified to the authority within the deadline set by law?',
      },
      guidance: {
        es: 'Si la ley no fija plazo, Custodia sugiere 24 horas desde que se descubre; no es un plazo del Código ni de ISACS.',
        en: 'Where the law sets no deadline, Custodia suggests 24 hours from discovery; this is not a Code or ISACS deadline.',
      },
    },
    {
      id: 'corrective-action',
      clause: 'ICoC 63',
      level: 3,
      weight: 1,
      critical: false,
      answerType: 'yes-partial-no-na',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿Se analizan las causas de los incidentes y se adoptan y siguen medidas correctivas y preventivas?',
        en: 'Are the causes of incidents analysed, and are corrective and preventive actions taken and followed up?',
      },
      guidance: {
        es: 'ISO 18788 describe este ciclo de análisis de causas y acciones correctivas; úselo como referencia.',
        en: 'ISO 18788 describes this cycle of root-cause analysis and corrective action; use it as a reference.',
      },
    },
    {
      id: 'discharges-reported',
      clause: 'ICoC 63',
      level: 1,
      weight: 1,
      critical: false,
      answerType: 'number',
      photoRequiredUnlessYes: false,
      question: {
        es: '¿Cuántos incidentes con disparo de arma fuera del entrenamiento se informaron en los últimos 12 meses?',
        en: 'How many incidents with a weapon discharge outside training were reported in the last 12 months?',
      },
      guidance: {
        es: 'Cuente los informes, no lo que le digan de palabra. Cero es una respuesta válida.',
        en: 'Count the reports, not what you are told. Zero is a valid answer.',
      },
    },
    {
      id: 'latest-incident-summary',
      clause: 'ICoC 63',
      level: 1,
      weight: 1,
      critical: false,
      answerType: 'text',
      photoRequiredUnlessYes: false,
      question: {
        es: 'Resuma el último incidente informado y cómo se trató.',
        en: 'Summarise the latest reported incident and how it was handled.',
      },
      guidance: {
        es: 'Sin datos personales: basta con fecha, tipo de incidente y medidas.',
        en: 'No personal data: the date, the kind of incident and the measures are enough.',
      },
    },
  ],
};
