import type { ChecklistSection } from '../checklist-template';

// First half of the armoury checklist: composition and location, risk assessment and plan, physical
// security. Sources: ISACS/MOSAIC 05.20 outcomes (fact sheet §5 [C]) and the IATG 09.10 clauses with
// their RRPL levels (fact sheet §4.2 [C]); items citing an IATG 09.10 clause keep that clause's level.
// Levels of ISACS items, weights and critical flags are Custodia's judgement: ISACS has no RRPL levels
// and the fact sheet does not say which questions the RRPL set marks critical. Construction details
// (bars, racks, alarms, lighting), two-person access and key-control details are [U] in the fact
// sheet (§4.2, §5): the guidance offers them as good practice, never as the wording of IATG or ISACS.
export const ARMOURY_SECURITY_SECTIONS: readonly ChecklistSection[] = [
  {
    id: 'composition-location',
    title: { es: 'Composición y ubicación de las existencias', en: 'Stockpile composition and location' },
    items: [
      {
        id: 'holdings-record',
        clause: 'ISACS 05.20 outcome 1',
        level: 1,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Hay un registro al día de todo lo que guarda el depósito: armas por tipo y número de serie, munición por calibre y lote?',
          en: 'Is there an up-to-date record of everything the store holds: weapons by type and serial number, ammunition by calibre and lot?',
        },
        guidance: {
          es: 'Pida el registro y contraste una muestra en los dos sentidos: del registro al estante y del estante al registro.',
          en: 'Ask for the record and check a sample both ways: from the record to the shelf and from the shelf to the record.',
        },
      },
      {
        id: 'firearms-counted',
        clause: 'ISACS 05.20 outcome 1',
        level: 1,
        weight: 1,
        critical: false,
        answerType: 'number',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Cuántas armas de fuego contó usted en el depósito el día de la visita?',
          en: 'How many firearms did you count in the store on the day of the visit?',
        },
        guidance: {
          es: 'Anote la cifra contada, no la del registro; la diferencia, si la hay, se explica en las notas.',
          en: 'Enter the figure you counted, not the one in the record; explain any difference in the notes.',
        },
      },
      {
        id: 'secure-location',
        clause: 'ISACS 05.20 outcome 2',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿El depósito está en un lugar seguro, dedicado solo a ese uso y apartado de zonas de paso o de atención al público?',
          en: 'Is the store in a secure place, used for nothing else and away from thoroughfares and public areas?',
        },
        guidance: {
          es: 'Observe los accesos, los locales vecinos y lo que se ve desde la calle. Fotografíe lo que no cumpla.',
          en: 'Look at the approaches, the neighbouring premises and what can be seen from the street. Photograph what falls short.',
        },
      },
    ],
  },
  {
    id: 'risk-and-plan',
    title: { es: 'Evaluación de riesgos y plan de seguridad', en: 'Risk assessment and security plan' },
    items: [
      {
        id: 'risk-assessment',
        clause: 'IATG 09.10 Stockpile risk assessment',
        level: 1,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Existe una evaluación escrita, fechada y revisada de los riesgos del depósito: robo, desvío, intrusión, sabotaje e incendio?',
          en: 'Is there a written, dated and reviewed assessment of the risks to the store: theft, diversion, intrusion, sabotage and fire?',
        },
        guidance: {
          es: 'ISACS 05.20 también espera que cada instalación evalúe sus riesgos (resultado 3). Compruebe que las medidas de seguridad respondan a los riesgos que la evaluación identifica.',
          en: 'ISACS 05.20 also expects every facility to assess its risks (outcome 3). Check that the security measures answer the risks the assessment identifies.',
        },
      },
      {
        id: 'risk-review',
        clause: 'ISACS 05.20 outcome 3',
        level: 2,
        weight: 1,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿La evaluación de riesgos se revisa después de cada incidente o cambio importante (armamento nuevo, obras, cambio de personal)?',
          en: 'Is the risk assessment reviewed after every incident or significant change (new weapons, building work, staff changes)?',
        },
        guidance: {
          es: 'Compare la fecha de la última revisión con la del último incidente o cambio.',
          en: 'Compare the date of the last review with that of the latest incident or change.',
        },
      },
      {
        id: 'security-plan',
        clause: 'IATG 09.10 Security plan',
        level: 1,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Hay un plan de seguridad escrito que diga quién hace qué para proteger el depósito, también en una emergencia?',
          en: 'Is there a written security plan saying who does what to protect the store, including in an emergency?',
        },
        guidance: {
          es: 'Verifique que nombre a las personas y los medios actuales y que el personal a cargo lo conozca.',
          en: 'Check that it names the current people and means, and that the staff in charge know it.',
        },
      },
      {
        id: 'security-regulations',
        clause: 'IATG 09.10 Security regulations',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Hay normas de seguridad escritas para el depósito y las conocen quienes trabajan en él?',
          en: 'Are there written security rules for the store, and do the people who work there know them?',
        },
        guidance: {
          es: 'Pregunte a un empleado por dos o tres normas concretas, por ejemplo quién puede entrar o qué hacer si suena la alarma.',
          en: 'Ask an employee about two or three specific rules, for example who may enter or what to do when the alarm goes off.',
        },
      },
      {
        id: 'physical-security-design',
        clause: 'IATG 09.10 Development of physical security systems',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Las medidas físicas se eligieron a partir de la evaluación de riesgos para disuadir, detectar y frenar una intrusión?',
          en: 'Were the physical measures chosen from the risk assessment, to deter, detect and delay an intrusion?',
        },
        guidance: {
          es: 'La seguridad absoluta no existe: se busca disuadir el robo y, si se intenta, detectarlo y frustrarlo. Pregunte por qué se eligió cada medida.',
          en: 'Absolute security does not exist: the aim is to deter theft and, if it is attempted, to detect and thwart it. Ask why each measure was chosen.',
        },
      },
    ],
  },
  {
    id: 'physical-security',
    title: { es: 'Seguridad física y control de acceso', en: 'Physical security and access control' },
    items: [
      {
        id: 'windows',
        clause: 'IATG 09.10 Windows',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Las ventanas y demás aberturas están eliminadas, tapiadas o protegidas con rejas fijas?',
          en: 'Are windows and other openings removed, bricked up or protected by fixed bars?',
        },
        guidance: {
          es: 'Incluya ventilaciones y tragaluces por los que quepa una persona o un arma.',
          en: 'Include vents and skylights large enough for a person or a weapon to pass through.',
        },
      },
      {
        id: 'doors',
        clause: 'IATG 09.10 Doors and gates',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Las puertas y portones son macizos, con marcos firmes y bisagras que no se puedan desmontar desde fuera?',
          en: 'Are doors and gates solid, with sound frames and hinges that cannot be removed from outside?',
        },
        guidance: {
          es: 'Mire las bisagras desde el exterior y cómo está anclado el marco al muro.',
          en: 'Look at the hinges from outside and at how the frame is anchored to the wall.',
        },
      },
      {
        id: 'locks',
        clause: 'IATG 09.10 Locks and padlocks',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Las cerraduras y los candados son de alta seguridad y están en buen estado, igual que sus cerrojos y armellas?',
          en: 'Are the locks and padlocks of a high-security type and in good condition, and so are their hasps and staples?',
        },
        guidance: {
          es: 'Un candado común o dañado no cumple: fotografíelo.',
          en: 'A common or damaged padlock does not meet this: photograph it.',
        },
      },
      {
        id: 'key-issue',
        clause: 'IATG 09.10 Keys',
        level: 1,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Las llaves del depósito se entregan solo a personas autorizadas por nombre, y cada entrega y devolución queda firmada en un registro?',
          en: 'Are the store keys handed only to people authorised by name, with each hand-over and return signed in a register?',
        },
        guidance: {
          es: 'Pida la lista de autorizados y el registro de llaves y compárelos con quién tiene las llaves hoy.',
          en: 'Ask for the list of authorised holders and the key register, and compare them with who holds the keys today.',
        },
      },
      {
        id: 'key-storage',
        clause: 'IATG 09.10 Keys',
        level: 1,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Las llaves se guardan en un armario o caja de seguridad, separadas de otras llaves, con las copias selladas y guardadas aparte?',
          en: 'Are the keys kept in a secure cabinet or box, apart from other keys, with the duplicates sealed and held elsewhere?',
        },
        guidance: {
          es: 'Pregunte qué se hizo la última vez que se perdió una llave: lo esperado es cambiar la cerradura de inmediato.',
          en: 'Ask what was done the last time a key was lost: the expected answer is that the lock was changed at once.',
        },
      },
      {
        id: 'combination-locks',
        clause: 'IATG 09.10 Combination locks',
        level: 3,
        weight: 1,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Las combinaciones se cambian cuando cambia el personal que las conoce y se guardan de forma segura?',
          en: 'Are combinations changed when the staff who know them change, and are they kept securely?',
        },
        guidance: {
          es: 'Si el depósito no tiene cerraduras de combinación, responda «no aplica».',
          en: 'If the store has no combination locks, answer "not applicable".',
        },
      },
      {
        id: 'entry-control',
        clause: 'IATG 09.10 Entry to ammunition storage areas',
        level: 2,
        weight: 3,
        critical: true,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Solo entra personal autorizado, cada entrada queda registrada y las visitas van siempre acompañadas?',
          en: 'Does only authorised staff enter, is every entry recorded, and are visitors always escorted?',
        },
        guidance: {
          es: 'Revise el registro de entradas de las últimas semanas y compárelo con la lista de autorizados.',
          en: 'Review the entry log for the last few weeks and compare it with the list of authorised staff.',
        },
      },
      {
        id: 'two-person-access',
        clause: 'ISACS 05.20 outcome 4',
        level: 3,
        weight: 1,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Se exigen dos personas autorizadas para abrir el depósito y trabajar dentro?',
          en: 'Are two authorised people required to open the store and to work inside it?',
        },
        guidance: {
          es: 'Regla de dos personas: buena práctica para impedir el acceso sin control de una sola persona.',
          en: 'Two-person rule: good practice to prevent uncontrolled access by a single person.',
        },
      },
      {
        id: 'staff-vetting',
        clause: 'IATG 09.10 Staff selection and vetting systems',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: false,
        question: {
          es: '¿Quienes tienen acceso al depósito fueron seleccionados y verificados antes de recibirlo, y se les vuelve a verificar?',
          en: 'Were the people with access to the store selected and vetted before receiving it, and are they vetted again?',
        },
        guidance: {
          es: 'Pida los expedientes de dos personas con acceso y vea qué antecedentes se comprobaron y cuándo.',
          en: 'Ask for the files of two people with access and see which background checks were made and when.',
        },
      },
      {
        id: 'weapon-racks',
        clause: 'ISACS 05.20 outcome 4',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Las armas están en armeros cerrados con barra o cadena, de modo que no se puedan sacar desarmándolas en parte?',
          en: 'Are the weapons in racks locked with a bar or chain, so that none can be taken out by partly stripping it?',
        },
        guidance: {
          es: 'Pruebe con un arma de cada tipo si se puede retirar del armero cerrado.',
          en: 'Try one weapon of each type to see whether it can be taken out of the locked rack.',
        },
      },
      {
        id: 'intruder-alarm',
        clause: 'ISACS 05.20 outcome 4',
        level: 2,
        weight: 2,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Una alarma contra intrusos avisa a alguien que puede responder a tiempo, y se prueba con regularidad?',
          en: 'Does an intruder alarm alert someone who can respond in time, and is it tested regularly?',
        },
        guidance: {
          es: 'Pida el registro de pruebas y pregunte cuánto tarda en llegar la respuesta.',
          en: 'Ask for the test record and how long the response takes to arrive.',
        },
      },
      {
        id: 'security-lighting',
        clause: 'ISACS 05.20 outcome 4',
        level: 3,
        weight: 1,
        critical: false,
        answerType: 'yes-partial-no-na',
        photoRequiredUnlessYes: true,
        question: {
          es: '¿Los accesos y el exterior del depósito tienen iluminación de seguridad?',
          en: 'Are the approaches and the outside of the store lit for security?',
        },
        guidance: {
          es: 'Si la visita es de día, pregunte cómo se enciende y quién la revisa.',
          en: 'If the visit is by day, ask how it is switched on and who checks it.',
        },
      },
    ],
  },
];
