import type { ChecklistItem, ChecklistSection, ChecklistTemplate, RrplLevel } from '../checklist-template';
import { DEFAULT_THRESHOLDS } from './default-thresholds';

// Shipped checklist 3: which standard operating procedures for stockpile management exist and are
// applied. The UNLIREC–DCAF project ran follow-up consultations on integrating stockpile-management
// SOPs and workshops on inventory, secure storage, risk assessment, security plans and incident
// notification (fact sheet §10 [C]); PoA II.17 asks every body authorised to hold SALW for detailed
// standards and procedures covering access, inventory and accounting, staff training and theft or loss
// (§5 [C]). Each SOP is asked twice: does it exist in writing, and do the records show it applied.
// Levels, weights and critical flags are Custodia's judgement, except that items citing an IATG 09.10
// clause keep its level (§4.2 [C]); count frequencies are [U] and are not presented as ISACS or IATG's.

interface SopQuestions {
  readonly section: string;
  readonly title: ChecklistSection['title'];
  readonly written: SopItem;
  readonly applied: SopItem;
}

interface SopItem {
  readonly clause: string;
  readonly level: RrplLevel;
  readonly weight: number;
  readonly critical: boolean;
  readonly question: ChecklistItem['question'];
  readonly guidance: ChecklistItem['guidance'];
}

// Every SOP section has the same two items, so they are built from one description per SOP.
function sopSection({ section, title, written, applied }: SopQuestions): ChecklistSection {
  const item = (suffix: string, sop: SopItem): ChecklistItem => ({
    id: `${section}-${suffix}`,
    answerType: 'yes-partial-no-na',
    photoRequiredUnlessYes: false,
    ...sop,
  });
  return { id: section, title, items: [item('written', written), item('applied', applied)] };
}

const WRITTEN_GUIDANCE = {
  es: 'Pida el documento: debe estar aprobado por la dirección, fechado y disponible donde se usa.',
  en: 'Ask for the document: it must be approved by management, dated and available where it is used.',
};

export const STOCKPILE_SOPS_TEMPLATE: ChecklistTemplate = {
  key: 'stockpile-sops',
  version: 1,
  title: {
    es: 'Procedimientos operativos normalizados (PON) de gestión de existencias',
    en: 'Standard operating procedures (SOPs) for stockpile management',
  },
  thresholds: DEFAULT_THRESHOLDS,
  sections: [
    sopSection({
      section: 'inventory',
      title: { es: 'Inventario', en: 'Inventory' },
      written: {
        clause: 'ISACS 05.20 outcome 5',
        level: 1,
        weight: 2,
        critical: false,
        question: {
          es: '¿Hay un PON escrito de inventario que diga qué se registra de cada arma y lote de munición, y quién lo mantiene?',
          en: 'Is there a written inventory SOP saying what is recorded for each weapon and ammunition lot, and who keeps the record?',
        },
        guidance: WRITTEN_GUIDANCE,
      },
      applied: {
        clause: 'IATG 03.10',
        level: 1,
        weight: 3,
        critical: true,
        question: {
          es: '¿El registro de inventario se lleva como dice el PON y coincide con lo que hay en el depósito?',
          en: 'Is the inventory record kept as the SOP says, and does it match what is in the store?',
        },
        guidance: {
          es: 'Contraste una muestra del registro con el estante y del estante con el registro.',
          en: 'Check a sample from the record to the shelf and from the shelf to the record.',
        },
      },
    }),
    sopSection({
      section: 'key-control',
      title: { es: 'Control de llaves', en: 'Key control' },
      written: {
        clause: 'IATG 09.10 Keys',
        level: 1,
        weight: 2,
        critical: false,
        question: {
          es: '¿Hay un PON escrito de control de llaves: quién puede tenerlas, dónde se guardan, cómo se firman y qué se hace si se pierde una?',
          en: 'Is there a written key-control SOP: who may hold keys, where they are kept, how they are signed for and what happens when one is lost?',
        },
        guidance: WRITTEN_GUIDANCE,
      },
      applied: {
        clause: 'IATG 09.10 Keys',
        level: 1,
        weight: 3,
        critical: true,
        question: {
          es: '¿El registro de llaves muestra que el PON se cumple, y quien tiene hoy las llaves está autorizado?',
          en: 'Does the key register show the SOP being followed, and is whoever holds the keys today authorised?',
        },
        guidance: {
          es: 'Compare el registro de llaves de la última semana con la lista de autorizados.',
          en: "Compare the last week's key register with the list of authorised holders.",
        },
      },
    }),
    sopSection({
      section: 'issue-return',
      title: { es: 'Entrega y devolución', en: 'Issue and return' },
      written: {
        clause: 'ICoC 58(b)',
        level: 1,
        weight: 2,
        critical: false,
        question: {
          es: '¿Hay un PON escrito de entrega y devolución de armas y munición, con quién autoriza y qué se anota?',
          en: 'Is there a written SOP for issuing and returning weapons and ammunition, saying who authorises and what is recorded?',
        },
        guidance: WRITTEN_GUIDANCE,
      },
      applied: {
        clause: 'ISACS 05.20 outcome 5',
        level: 1,
        weight: 3,
        critical: true,
        question: {
          es: '¿Las entregas y devoluciones de la última semana están registradas como dice el PON, sin armas pendientes sin explicación?',
          en: "Are last week's issues and returns recorded as the SOP says, with no weapon outstanding without explanation?",
        },
        guidance: {
          es: 'Siga tres entregas hasta su devolución y revise los cartuchos entregados y devueltos.',
          en: 'Follow three issues to their return and check the rounds issued and returned.',
        },
      },
    }),
    sopSection({
      section: 'counts',
      title: { es: 'Recuentos', en: 'Counts' },
      written: {
        clause: 'IATG 03.10',
        level: 1,
        weight: 2,
        critical: false,
        question: {
          es: '¿Hay un PON escrito de recuentos que fije cuándo se cuenta, quién cuenta y qué se hace con una diferencia?',
          en: 'Is there a written counting SOP setting when counts are made, who counts and what is done about a discrepancy?',
        },
        guidance: {
          es: 'La frecuencia la fijan la empresa o el regulador; Custodia sugiere recuento diario al abrir y cerrar, inventario mensual por número de serie y verificación completa anual, que no son cifras de ISACS ni de IATG.',
          en: 'The company or the regulator sets the frequency; Custodia suggests a daily count at opening and closing, a monthly serial-number inventory and an annual full check, which are not ISACS or IATG figures.',
        },
      },
      applied: {
        clause: 'IATG 03.10',
        level: 1,
        weight: 3,
        critical: false,
        question: {
          es: '¿Los recuentos se hicieron con la frecuencia del PON, firmados, y cada diferencia se resolvió?',
          en: 'Were counts made at the SOP frequency, signed, and was every discrepancy resolved?',
        },
        guidance: {
          es: 'Revise las actas de recuento del último trimestre.',
          en: 'Review the count records of the last quarter.',
        },
      },
    }),
    sopSection({
      section: 'incident-notification',
      title: { es: 'Notificación de incidentes', en: 'Incident notification' },
      written: {
        clause: 'PoA II.17',
        level: 1,
        weight: 3,
        critical: true,
        question: {
          es: '¿Hay un PON escrito para notificar pérdidas, robos y otros incidentes con armas: a quién, en qué plazo y con qué datos?',
          en: 'Is there a written SOP for notifying losses, thefts and other incidents involving weapons: to whom, within what time and with what details?',
        },
        guidance: WRITTEN_GUIDANCE,
      },
      applied: {
        clause: 'ICoC 63',
        level: 2,
        weight: 2,
        critical: false,
        question: {
          es: '¿Los incidentes recientes se notificaron como dice el PON?',
          en: 'Were recent incidents notified as the SOP says?',
        },
        guidance: {
          es: 'Si no hubo incidentes desde la última evaluación, responda «no aplica».',
          en: 'If there was no incident since the last assessment, answer "not applicable".',
        },
      },
    }),
    sopSection({
      section: 'security-plan',
      title: { es: 'Plan de seguridad', en: 'Security plan' },
      written: {
        clause: 'IATG 09.10 Security plan',
        level: 1,
        weight: 3,
        critical: false,
        question: {
          es: '¿El plan de seguridad del depósito está escrito, aprobado y al día con las personas y medios actuales?',
          en: "Is the store's security plan written, approved and up to date with the current people and means?",
        },
        guidance: WRITTEN_GUIDANCE,
      },
      applied: {
        clause: 'IATG 09.10 Security plan',
        level: 1,
        weight: 2,
        critical: false,
        question: {
          es: '¿El personal a cargo conoce el plan y lo ha ensayado, y el plan se corrigió después del ensayo?',
          en: 'Do the staff in charge know the plan and have they rehearsed it, and was the plan corrected after the rehearsal?',
        },
        guidance: {
          es: 'Pida el acta del último ensayo o simulacro.',
          en: 'Ask for the record of the last rehearsal or drill.',
        },
      },
    }),
    sopSection({
      section: 'risk-assessment',
      title: { es: 'Evaluación de riesgos', en: 'Risk assessment' },
      written: {
        clause: 'IATG 09.10 Stockpile risk assessment',
        level: 1,
        weight: 3,
        critical: false,
        question: {
          es: '¿Hay un procedimiento escrito para evaluar los riesgos del depósito, y una evaluación hecha con él?',
          en: "Is there a written procedure for assessing the store's risks, and an assessment made with it?",
        },
        guidance: WRITTEN_GUIDANCE,
      },
      applied: {
        clause: 'ISACS 05.20 outcome 3',
        level: 2,
        weight: 2,
        critical: false,
        question: {
          es: '¿La evaluación se revisa periódicamente y después de cada incidente o cambio importante?',
          en: 'Is the assessment reviewed periodically and after every incident or significant change?',
        },
        guidance: {
          es: 'Compare la fecha de la última revisión con la de los últimos incidentes y cambios.',
          en: 'Compare the date of the last review with those of the latest incidents and changes.',
        },
      },
    }),
    {
      id: 'sop-management',
      title: { es: 'Gestión de los PON', en: 'Managing the SOPs' },
      items: [
        {
          id: 'sop-training',
          clause: 'PoA II.17',
          level: 2,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Todo el personal que maneja armas o munición fue capacitado en los PON que le tocan, con constancia firmada?',
            en: 'Has all staff handling weapons or ammunition been trained in the SOPs that concern them, with a signed record?',
          },
          guidance: {
            es: 'Pida la constancia de capacitación de dos personas del depósito.',
            en: 'Ask for the training records of two people who work in the store.',
          },
        },
        {
          id: 'sop-review',
          clause: 'PoA II.17',
          level: 2,
          weight: 2,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Los PON se revisan con una frecuencia fijada y cada versión queda fechada y aprobada?',
            en: 'Are the SOPs reviewed at a set frequency, with every version dated and approved?',
          },
          guidance: {
            es: 'Vea la fecha de la última revisión de cada PON.',
            en: 'Look at the date of the last review of each SOP.',
          },
        },
        {
          id: 'independent-check',
          clause: 'ISACS 05.20 outcome 5',
          level: 3,
          weight: 1,
          critical: false,
          answerType: 'yes-partial-no-na',
          photoRequiredUnlessYes: false,
          question: {
            es: '¿Una persona ajena al depósito, designada por escrito, comprueba periódicamente que los PON se cumplen?',
            en: 'Does someone from outside the store, appointed in writing, periodically check that the SOPs are followed?',
          },
          guidance: {
            es: 'Otras organizaciones encargan así sus inventarios mensuales; es práctica comparable, no una exigencia de ISACS.',
            en: 'Other bodies have their monthly inventories done this way; this is comparable practice, not an ISACS requirement.',
          },
        },
        {
          id: 'sops-seen',
          clause: 'PoA II.17',
          level: 1,
          weight: 1,
          critical: false,
          answerType: 'text',
          photoRequiredUnlessYes: false,
          question: {
            es: 'Enumere los PON que vio, cada uno con su fecha de aprobación.',
            en: 'List the SOPs you saw, each with its approval date.',
          },
          guidance: {
            es: 'Sirve para comprobar en la próxima evaluación qué se actualizó.',
            en: 'This lets the next assessment see what was updated.',
          },
        },
      ],
    },
  ],
};
