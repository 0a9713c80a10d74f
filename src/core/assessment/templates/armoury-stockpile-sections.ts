import type { ChecklistSection } from '../checklist-template';

// Second half of the armoury checklist: accounting and counts, fire safety, storage compatibility.
// Sources: ISACS/MOSAIC 05.20 outcomes 5–7 (fact sheet §5 [C]); IATG 03.10 accounting (§4.3: purpose
// [C], frequencies [U]); IATG 02.50 fire safety (§2); IATG 01.50 (§0 [C]: §6.1 hazard divisions LEVEL 1,
// §6.1.1 fire divisions LEVEL 1, §6.2 compatibility groups LEVEL 2, §7 storage of groups LEVEL 2,
// §7.2 separate storage LEVEL 1), those items keeping IATG's level. Count frequencies, the content of
// issue records and notification deadlines are [U] for ISACS and IATG: the guidance gives them as
// comparable practice or Custodia's suggestion, never as the standard's figure. Levels of ISACS and
// IATG 02.50 items, weights and critical flags are Custodia's judgement.
export const ARMOURY_STOCKPILE_SECTIONS: readonly ChecklistSection[] = [
  {
    id: 'accounting',
    title: { es: 'Contabilidad de existencias y recuentos', en: 'Accounting and counts' },
    items: [
      {
        id: 'issue-return-record',
        clause: 'ISACS 05.20 outcome 5',
        level: 1,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Cada entrega y devolución de un arma queda registrada con número de serie, persona, fecha y hora, quién la autorizó y la munición entregada y devuelta?',
          en: 'Is every issue and return of a weapon recorded with serial number, person, date and time, who authorised it, and the rounds issued and returned?',
        },
        guidance: {
          es: 'Tome tres entregas recientes y sígalas en el registro hasta su devolución.',
          en: 'Take three recent issues and follow them in the record until their return.',
        },
      },
      {
        id: 'physical-counts',
        clause: 'ISACS 05.20 outcome 5',
        level: 1,
        weight: 3,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Se hacen recuentos físicos documentados, con una frecuencia fijada por escrito?',
          en: 'Are documented physical counts made, at a frequency set down in writing?',
        },
        guidance: {
          es: 'La frecuencia la fijan la empresa o el regulador. Como referencia, otras organizaciones cuentan al abrir y cerrar cada día y hacen un inventario por número de serie cada mes; no son cifras de ISACS ni de IATG.',
          en: 'The company or the regulator sets the frequency. For reference, other bodies count at each daily opening and closing and take a serial-number inventory every month; these are not ISACS or IATG figures.',
        },
      },
      {
        id: 'count-on-custody-change',
        clause: 'IATG 03.10',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Se hace un recuento cada vez que cambia el responsable del depósito o de sus llaves?',
          en: 'Is a count made each time the person responsible for the store, or for its keys, changes?',
        },
        guidance: {
          es: 'Busque en los registros el último cambio de responsable y el recuento firmado por ambos.',
          en: 'Find the last change of custodian in the records and the count signed by both people.',
        },
      },
      {
        id: 'full-check',
        clause: 'IATG 03.10',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Se verifica periódicamente el 100 % de las existencias, además de los recuentos por muestreo?',
          en: 'Is 100% of the stock checked periodically, in addition to sample counts?',
        },
        guidance: {
          es: 'Custodia sugiere al menos una verificación completa al año; es una referencia, no una cifra confirmada de IATG.',
          en: 'Custodia suggests at least one full check a year; this is a reference, not a confirmed IATG figure.',
        },
      },
      {
        id: 'loss-reporting',
        clause: 'ISACS 05.20 outcome 5',
        level: 1,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Las diferencias de recuento, pérdidas y robos se investigan y se informan a la autoridad competente?',
          en: 'Are count discrepancies, losses and thefts investigated and reported to the competent authority?',
        },
        guidance: {
          es: 'El plazo de aviso lo fija la ley nacional. Pida el último caso y su constancia de aviso.',
          en: 'National law sets the notification deadline. Ask for the latest case and proof that it was reported.',
        },
      },
      {
        id: 'ammunition-records',
        clause: 'IATG 03.10',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Los registros de munición indican lote, cantidad, ubicación y clasificación de riesgo, y cada entrada y salida con fecha y firma de quien la autoriza?',
          en: 'Do the ammunition records show lot, quantity, location and hazard classification, and each receipt and issue with its date and the signature of whoever authorised it?',
        },
        guidance: {
          es: 'Compare el saldo de un lote en el registro con las cajas en el estante.',
          en: 'Compare the balance of one lot in the record with the boxes on the shelf.',
        },
      },
      {
        id: 'surplus-disposal',
        clause: 'ISACS 05.20 outcome 6',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Las armas y municiones sobrantes o inservibles se identifican, se guardan aparte y se eliminan dejando constancia escrita?',
          en: 'Are surplus and unserviceable weapons and ammunition identified, kept apart and disposed of with a written record?',
        },
        guidance: {
          es: 'Pregunte dónde está lo que espera baja y pida el acta de la última destrucción o entrega.',
          en: 'Ask where the items awaiting disposal are kept and for the record of the last destruction or hand-over.',
        },
      },
      {
        id: 'secure-transport',
        clause: 'ISACS 05.20 outcome 7',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Hay medidas escritas para trasladar armas y munición de forma segura: escolta, embalaje y documentos de traslado?',
          en: 'Are there written measures for moving weapons and ammunition safely and securely: escort, packing and transfer documents?',
        },
        guidance: {
          es: 'Pida la documentación del último traslado entre sedes o hacia un puesto de servicio.',
          en: 'Ask for the documents of the last transfer between sites or to a post.',
        },
      },
    ],
  },
  {
    id: 'fire-safety',
    title: { es: 'Seguridad contra incendios', en: 'Fire safety' },
    items: [
      {
        id: 'fire-division-sign',
        clause: 'IATG 01.50 §6.1.1',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Está colocada a la vista la señal de división de incendio que corresponde a lo más peligroso que guarda el depósito?',
          en: 'Is the fire-division sign for the most hazardous material in the store posted where it can be seen?',
        },
        guidance: {
          es: 'Las señales son naranjas con el número en negro. Custodia propone la división a partir de la munición registrada.',
          en: 'The signs are orange with the number in black. Custodia proposes the division from the recorded ammunition.',
        },
      },
      {
        id: 'fire-extinguishers',
        clause: 'IATG 02.50',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Hay extintores adecuados junto al depósito, con el mantenimiento al día?',
          en: 'Are suitable fire extinguishers at hand near the store, with their servicing up to date?',
        },
        guidance: {
          es: 'Mire la etiqueta de la última revisión de cada extintor.',
          en: 'Look at the last-service label on each extinguisher.',
        },
      },
      {
        id: 'ignition-sources',
        clause: 'IATG 02.50',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Se prohíben y controlan las fuentes de ignición (fumar, llamas, equipos eléctricos inadecuados) y no hay materiales inflamables ni corrosivos junto a la munición?',
          en: 'Are sources of ignition (smoking, flames, unsuitable electrical equipment) banned and controlled, with no flammable or corrosive materials near the ammunition?',
        },
        guidance: {
          es: 'Busque combustibles, solventes, baterías en carga o cables improvisados dentro o junto al depósito.',
          en: 'Look for fuel, solvents, charging batteries or makeshift wiring in or next to the store.',
        },
      },
      {
        id: 'fire-service-coordination',
        clause: 'IATG 02.50',
        level: 2,
        weight: 1,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿El plan de emergencia está coordinado con los bomberos, y saben qué se guarda y dónde?',
          en: 'Is the emergency plan agreed with the fire service, and do they know what is stored and where?',
        },
        guidance: {
          es: 'Pida la constancia de la última comunicación o visita de los bomberos.',
          en: 'Ask for proof of the last exchange with, or visit by, the fire service.',
        },
      },
    ],
  },
  {
    id: 'compatibility',
    title: { es: 'Compatibilidad de almacenamiento', en: 'Storage compatibility' },
    items: [
      {
        id: 'hazard-division-known',
        clause: 'IATG 01.50 §6.1',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Se conoce y registra la división de riesgo (1.1 a 1.6) de cada munición almacenada?',
          en: 'Is the hazard division (1.1 to 1.6) of every ammunition type in store known and recorded?',
        },
        guidance: {
          es: 'Compare las marcas de los embalajes con el registro; la munición de armas cortas suele ser 1.4S.',
          en: 'Compare the packaging marks with the record; small-arms ammunition is usually 1.4S.',
        },
      },
      {
        id: 'compatibility-group-known',
        clause: 'IATG 01.50 §6.2',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Se conoce y registra el grupo de compatibilidad de cada munición almacenada?',
          en: 'Is the compatibility group of every ammunition type in store known and recorded?',
        },
        guidance: {
          es: 'El grupo es la letra que sigue a la división en la marca del embalaje, por ejemplo la S de 1.4S.',
          en: 'The group is the letter after the division in the packaging mark, for example the S of 1.4S.',
        },
      },
      {
        id: 'compatible-storage',
        clause: 'IATG 01.50 §7',
        level: 2,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Solo comparten almacén municiones de grupos de compatibilidad que pueden guardarse juntos según las reglas vigentes?',
          en: 'Do only ammunition types whose compatibility groups may be kept together under the rules in force share a store?',
        },
        guidance: {
          es: 'Custodia comprueba los grupos con las reglas de carga mixta de transporte de la ONU mientras no se cargue la tabla de almacenamiento de IATG 01.50.',
          en: 'Custodia checks the groups against the UN transport mixed-loading rules until the IATG 01.50 storage table is loaded.',
        },
      },
      {
        id: 'separate-storage',
        clause: 'IATG 01.50 §7.2',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿La munición que debe almacenarse por separado está guardada aparte del resto?',
          en: 'Is ammunition that must be stored separately kept apart from the rest?',
        },
        guidance: {
          es: 'Pregunte qué munición se guarda aparte y por qué. Si no hay ninguna que lo requiera, responda «no aplica».',
          en: 'Ask which ammunition is kept apart and why. If none requires it, answer "not applicable".',
        },
      },
      {
        id: 'weapons-apart-from-ammunition',
        clause: 'ISACS 05.20 outcome 4',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿La munición se guarda separada de las armas siempre que es posible?',
          en: 'Is ammunition kept apart from the weapons wherever practicable?',
        },
        guidance: {
          es: 'Un armario o cuarto distinto, con su propia llave, es suficiente en una armería pequeña.',
          en: 'A separate cabinet or room with its own key is enough in a small armoury.',
        },
      },
    ],
  },
];
