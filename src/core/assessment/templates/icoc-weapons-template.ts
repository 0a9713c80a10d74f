import type { ChecklistTemplate } from '../checklist-template';
import { DEFAULT_THRESHOLDS } from './default-thresholds';
import { ICOC_INCIDENT_SECTION } from './icoc-incident-section';

// Shipped checklist 2: ICoC management of weapons (paras 56–58), weapons training (59), materiel of war
// (60–62) and incident reporting (63). The paragraph numbers and headings are confirmed (fact sheet
// §8.1 [C], addendum §5), but the wording of paras 56–63 was never reached: the fact sheet's restatement
// (§8.4), including the letters (a)–(e) of para 58, is [U]. So the questions ask about the company's
// practice and do not quote the Code, and the guidance names its confirmed comparators (ISO 28007,
// ANSI/ASIS PSC.1, ISO 18788) as such. Check the references against the ICoC text before relying on
// them. RRPL levels, weights and critical flags are Custodia's judgement: the ICoC has no levels.
export const ICOC_WEAPONS_TEMPLATE: ChecklistTemplate = {
  key: 'icoc-weapons',
  version: 1,
  title: {
    es: 'Código de Conducta Internacional (ICoC): armas, entrenamiento, material de guerra e incidentes',
    en: 'International Code of Conduct (ICoC): weapons, training, materiel of war and incidents',
  },
  thresholds: DEFAULT_THRESHOLDS,
  sections: [
    {
      id: 'management-of-weapons',
      title: { es: 'Gestión de armas', en: 'Management of weapons' },
      items: [
        {
          id: 'weapons-authorisations',
          clause: 'ICoC 56',
          level: 1,
          weight: 3,
          critical: true,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿La empresa tiene vigentes todas las autorizaciones que exige la ley para poseer y usar sus armas y municiones?',
            en: 'Does the company hold, in force, every authorisation the law requires to possess and use its weapons and ammunition?',
          },
          guidance: {
            es: 'Compare las licencias con el registro de armas: cada arma debe estar amparada y ninguna licencia vencida.',
            en: 'Compare the licences with the weapons record: every weapon must be covered and no licence expired.',
          },
        },
        {
          id: 'lawful-holdings',
          clause: 'ICoC 57',
          level: 1,
          weight: 3,
          critical: true,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Todas las armas y municiones son legales según la ley aplicable, con prueba documental de que se adquirieron legalmente?',
            en: 'Are all weapons and ammunition lawful under applicable law, with documentary proof that they were lawfully acquired?',
          },
          guidance: {
            es: 'Pida los documentos de compra o importación de una muestra de armas. ISO 28007-1 pide conservar esa prueba.',
            en: 'Ask for the purchase or import documents of a sample of weapons. ISO 28007-1 asks for that proof to be kept.',
          },
        },
        {
          id: 'lawful-transfers',
          clause: 'ICoC 57',
          level: 1,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Cada transferencia de armas (compra, venta, préstamo, paso de un país a otro) cumple la ley aplicable y los embargos y sanciones del Consejo de Seguridad de la ONU?',
            en: 'Does every transfer of weapons (purchase, sale, loan, movement between countries) comply with applicable law and with UN Security Council embargoes and sanctions?',
          },
          guidance: {
            es: 'Si no hubo transferencias desde la última evaluación, responda «no aplica».',
            en: 'If there was no transfer since the last assessment, answer "not applicable".',
          },
        },
        {
          id: 'storage-policy',
          clause: 'ICoC 58(a)',
          level: 1,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Hay una política o un procedimiento escrito para guardar las armas de forma segura?',
            en: 'Is there a written policy or procedure for keeping weapons securely stored?',
          },
          guidance: {
            es: 'El detalle físico se evalúa con la lista de armería; aquí basta con que el documento exista y esté vigente.',
            en: 'The physical detail is assessed with the armoury checklist; here it is enough that the document exists and is current.',
          },
        },
        {
          id: 'issue-controls',
          clause: 'ICoC 58(b)',
          level: 1,
          weight: 3,
          critical: true,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Hay controles escritos y aplicados sobre la entrega de armas: quién la autoriza, a quién y para qué servicio?',
            en: 'Are there written controls, applied in practice, over the issue of weapons: who authorises it, to whom and for which assignment?',
          },
          guidance: {
            es: 'Pregunte al armero cómo procede si alguien sin autorización pide un arma.',
            en: 'Ask the armourer what happens when someone without authorisation asks for a weapon.',
          },
        },
        {
          id: 'issue-records',
          clause: 'ICoC 58(c)',
          level: 1,
          weight: 3,
          critical: true,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Queda registrado a quién y cuándo se entrega cada arma?',
            en: 'Is it recorded to whom and when each weapon is issued?',
          },
          guidance: {
            es: 'Tome un arma al azar y reconstruya quién la tuvo en la última semana.',
            en: 'Pick a weapon at random and reconstruct who held it during the last week.',
          },
        },
        {
          id: 'ammunition-accounting',
          clause: 'ICoC 58(d)',
          level: 1,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Se identifica y contabiliza toda la munición, incluida la consumida?',
            en: 'Is all ammunition identified and accounted for, including what has been used?',
          },
          guidance: {
            es: 'Compare el saldo de munición del registro con lo entregado, devuelto y consumido en un mes.',
            en: 'Compare the ammunition balance in the record with what was issued, returned and used over a month.',
          },
        },
        {
          id: 'verifiable-disposal',
          clause: 'ICoC 58(e)',
          level: 2,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Las armas y municiones dadas de baja se eliminan de forma adecuada y verificable, con acta?',
            en: 'Are weapons and ammunition taken out of service disposed of properly and verifiably, with a record?',
          },
          guidance: {
            es: 'Pida el acta de la última baja y compruebe que los números de serie salieron del registro.',
            en: 'Ask for the record of the last disposal and check that the serial numbers left the weapons record.',
          },
        },
      ],
    },
    {
      id: 'weapons-training',
      title: { es: 'Entrenamiento en armas', en: 'Weapons training' },
      items: [
        {
          id: 'carrier-vetting',
          clause: 'ICoC 45–49',
          level: 1,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Antes de autorizar a alguien a portar armas se comprueba que no tenga condenas, bajas deshonrosas ni otra conducta que lo haga no apto?',
            en: 'Before anyone is authorised to carry weapons, is it checked that they have no convictions, dishonourable discharge or other conduct that makes them unfit?',
          },
          guidance: {
            es: 'Revise dos expedientes de guardias armados: qué antecedentes se pidieron y cuándo.',
            en: 'Review the files of two armed guards: which background checks were requested and when.',
          },
        },
        {
          id: 'type-specific-qualification',
          clause: 'ICoC 59',
          level: 1,
          weight: 3,
          critical: true,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Solo portan armas quienes fueron entrenados y calificados en ese tipo y modelo de arma?',
            en: 'Do only people trained and qualified on that type and model of weapon carry it?',
          },
          guidance: {
            es: 'Compare las armas entregadas hoy con las calificaciones de quienes las llevan.',
            en: "Compare today's issued weapons with the qualifications of those carrying them.",
          },
        },
        {
          id: 'written-authorisation',
          clause: 'ICoC 59',
          level: 2,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Cada autorización para portar armas es escrita, firmada y limitada al tipo y modelo de la calificación, y se conservan los registros de calificación mientras dura?',
            en: 'Is each authorisation to carry weapons written, signed and limited to the qualified type and model, with qualification records kept while it lasts?',
          },
          guidance: {
            es: 'ANSI/ASIS PSC.1 describe autorizaciones de este tipo; Custodia lo usa como referencia.',
            en: 'ANSI/ASIS PSC.1 describes authorisations of this kind; Custodia uses it as a reference.',
          },
        },
        {
          id: 'recurrent-training',
          clause: 'ICoC 59',
          level: 2,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿El entrenamiento se repite con una frecuencia fijada y queda constancia verificable?',
            en: 'Is training repeated at a set frequency, with verifiable records?',
          },
          guidance: {
            es: 'ISO 28007 pide repasos al menos una vez al año en el sector marítimo; sirve de referencia si la ley nacional no fija otra frecuencia.',
            en: 'ISO 28007 asks for refresher training at least once a year in the maritime sector; use it as a reference where national law sets no other frequency.',
          },
        },
        {
          id: 'use-of-force-training',
          clause: 'ICoC 59',
          level: 1,
          weight: 3,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿El entrenamiento incluye las reglas para el uso de la fuerza y la seguridad en el manejo de armas?',
            en: 'Does the training cover the rules for the use of force and safe weapons handling?',
          },
          guidance: {
            es: 'El Código solo admite el uso de armas de fuego contra personas en defensa propia o de terceros ante amenaza inminente de muerte o lesión grave, o para impedir un delito especialmente grave que ponga vidas en peligro (párrafos 30 a 32).',
            en: 'The Code allows firearms to be used against persons only in self-defence or defence of others against imminent threat of death or serious injury, or to prevent a particularly serious crime involving grave threat to life (paras 30–32).',
          },
        },
      ],
    },
    {
      id: 'materiel-of-war',
      title: { es: 'Gestión del material de guerra', en: 'Management of materiel of war' },
      items: [
        {
          id: 'materiel-authorisations',
          clause: 'ICoC 60–62',
          level: 1,
          weight: 3,
          critical: true,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿La empresa tiene las autorizaciones que exige la ley para la munición y el demás material de guerra que posee?',
            en: 'Does the company hold the authorisations the law requires for the ammunition and other materiel of war it holds?',
          },
          guidance: {
            es: 'Compare los cupos autorizados de munición con las existencias registradas.',
            en: 'Compare the authorised ammunition quotas with the recorded stock.',
          },
        },
        {
          id: 'materiel-transfers',
          clause: 'ICoC 60–62',
          level: 1,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Las adquisiciones y transferencias de munición y material de guerra cumplen la ley aplicable?',
            en: 'Do acquisitions and transfers of ammunition and materiel of war comply with applicable law?',
          },
          guidance: {
            es: 'Pida la documentación de la última compra de munición.',
            en: 'Ask for the documents of the latest ammunition purchase.',
          },
        },
        {
          id: 'materiel-procedures',
          clause: 'ICoC 60–62',
          level: 1,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Hay procedimientos escritos para guardar, entregar, contabilizar y eliminar la munición y el material de guerra?',
            en: 'Are there written procedures for storing, issuing, accounting for and disposing of ammunition and materiel of war?',
          },
          guidance: {
            es: 'Pueden estar en el mismo documento que los de armas, siempre que traten la munición de forma expresa.',
            en: 'They may be in the same document as those for weapons, provided they deal with ammunition expressly.',
          },
        },
        {
          id: 'rounds-per-guard',
          clause: 'ICoC 60–62',
          level: 2,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Se registra la munición entregada a cada guardia y la que devuelve, y se justifica cada cartucho que falta?',
            en: 'Are the rounds issued to and returned by each guard recorded, and is every missing round accounted for?',
          },
          guidance: {
            es: 'Revise tres turnos recientes: cartuchos entregados, devueltos y la justificación de la diferencia.',
            en: 'Review three recent shifts: rounds issued, rounds returned and the explanation of any difference.',
          },
        },
      ],
    },
    ICOC_INCIDENT_SECTION,
  ],
};
