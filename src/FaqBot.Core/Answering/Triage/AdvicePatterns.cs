namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Personal-medical-advice lexicon over normalized text. The line we draw: a question about the writer's
/// OWN treatment decision, dose, medications, conditions or candidacy goes to a clinician; a general
/// question about ketamine ("is ketamine safe?", "what are the side effects") stays a question, because
/// the clinic's documents may answer it.
/// </summary>
internal static class AdvicePatterns
{
    // Medications patients name when asking about interactions; generic and brand names.
    private const string Medication =
        "(lexapro|escitalopram|zoloft|sertraline|prozac|fluoxetine|paxil|paroxetine|celexa|citalopram|"
        + "wellbutrin|bupropion|effexor|venlafaxine|cymbalta|duloxetine|pristiq|trazodone|mirtazapine|remeron|"
        + "lithium|lamictal|lamotrigine|seroquel|quetiapine|abilify|aripiprazole|risperdal|zyprexa|depakote|"
        + "adderall|ritalin|vyvanse|xanax|alprazolam|klonopin|clonazepam|ativan|lorazepam|valium|diazepam|"
        + "benzo|benzos|benzodiazepines?|ssri|ssris|snri|snris|maoi|maois|antidepressants?|antipsychotics?|"
        + "gabapentin|suboxone|methadone|naltrexone|tramadol|oxycodone|opioids?|blood thinners?|"
        + "birth control|the pill|beta blockers?|blood pressure (meds|medication|pills)|meds|medication|medications|pills)";

    // Conditions that change whether or how ketamine is given; depression and anxiety are left out on
    // purpose, they are what the documents are about and "i have depression" is not by itself advice.
    private const string Condition =
        "(bipolar|schizophrenia|schizoaffective|psychosis|psychotic|high blood pressure|hypertension|"
        + "heart (condition|disease|problems|problem)|arrhythmia|epilepsy|seizures|glaucoma|liver (disease|problems)|"
        + "kidney (disease|problems)|bladder (problems|issues)|a history of (addiction|substance|psychosis)|"
        + "an? (addiction|substance use|eating disorder)|asthma|diabetes|a pacemaker|thyroid|adhd|"
        + "an? (alcoholic|addict|recovering addict|recovering alcoholic)|in recovery|sober)";

    /// <summary>Rules in priority order.</summary>
    public static readonly IReadOnlyList<TriageRule> Rules =
    [
        // "should i ..." about a treatment decision. Restricted to medical verbs so "what should i ask at
        // my consultation" stays a question.
        new("advice.decision", @"\bshould i (stop|start|quit|take|try|switch|continue|keep taking|come off|go off|get off|wean|taper|increase|decrease|reduce|lower|raise|skip|mix|combine|double|do|get|use|avoid|be on|go on|change|choose|pick|go with|ask my doctor|tell my doctor)\b"),
        new("advice.decision", @"\b(stop|stopping|quit|quitting|come off|coming off|go off|going off|get off|getting off|wean off|taper off|skip|skipping) (taking )?my (meds|medication|medications|pills|antidepressants?|prescription|\w+ (meds|medication|pills))\b"),
        new("advice.decision", @"\b(is it|would it be|will it be|would ketamine be|is ketamine|is this) (better|right|best|a good idea|the right choice|worth it) for me\b"),
        new("advice.decision", @"\b(which|what) (one )?(is better|should i (do|try|choose|pick|get))\b"),

        // Dose questions about the writer ("what dose for me", "how much should i take").
        new("advice.dose", @"\b(what|which|right|correct|best|my|what kind of|how high a|how big a) (dose|dosage|doses|mg|milligrams)\b( \w+){0,4} (for me|should i|do i need|would i need|will i need|i should|i need|is right for me|do i get)\b"),
        new("advice.dose", @"\bhow (much|many)( \w+){0,3} (should|do|would|can|will) i (take|use|get|have|need)\b"),
        new("advice.dose", @"\b(my|increase my|lower my|raise my|change my|double my) (dose|dosage)\b"),

        // Safety or fit for the writer personally.
        new("advice.personal-safety", @"\b(safe|ok|okay|alright|fine|dangerous|risky|bad|good|right|appropriate|suitable|a good idea|effective|going to work|gonna work|work|help) (for me|for my (son|daughter|child|kid|husband|wife|partner|mom|mum|dad|mother|father))\b"),
        new("advice.personal-safety", @"\b(with|given|because of|despite) my (condition|conditions|health|history|diagnosis|situation|heart|blood pressure|age|weight|meds|medication|medications|pills|prescription)\b"),
        new("advice.candidate", @"\b(am i|would i be|is my \w+|i am|im) (a )?(good |suitable |right )?(candidate|eligible|qualified)\b"),
        new("advice.candidate", @"\b(can|could|would|will) (ketamine|it|this|ketamine therapy|treatment) (work|help) (for )?(me|my (son|daughter|child|kid|husband|wife|partner|mom|mum|dad|mother|father))\b"),

        // Interactions: the writer's own CURRENT medication ("can i take it with my lexapro", "im on zoloft").
        // Past history ("ive tried 5 antidepressants, does ketamine work when they fail?") stays a question.
        new("advice.medication", $@"\b(i|im|ive|i am)( \w+){{0,2}} (on|take|taking|use|using|prescribed|started|starting)( \w+){{0,2}} {Medication}\b"),
        new("advice.medication", $@"\b(im|i am|i take|i was|been|i have been|ive been) (on|taking|prescribed|using) ((a|an|some|the) )?(\w+ )?{Medication}\b"),
        new("advice.medication", $@"\bmy {Medication}\b"),
        new("advice.medication", @"\bcan i (take|use|do|have|get|try|mix|combine|drink|drive|smoke) (ketamine|it|this|ketamine therapy|treatment|alcohol|weed|a drink)\b( \w+){0,4} (with|while|if|after|on|before|since)\b"),

        new("advice.medication", $@"\bcan i (still )?(take|keep taking|use|stop|skip) my ({Medication}|dose|doses|prescription|\w+ (meds|medication|pills|dose))\b"),
        new("advice.medication", @"\b(is it|would it be|will it be) (safe|ok|okay|fine|alright) (for me )?to (take|use|keep taking|stop|skip|have) my\b"),

        // Age, substances and family members: personal circumstances that only a clinician can weigh.
        new("advice.personal-circumstance", @"\b(im|i am) (only |almost |nearly )?\d{1,3}( (years|yrs|year) old| yo)?( (is|can|could|will|would|should|and|so|but|too)\b|$)"),
        new("advice.personal-circumstance", @"\bi (drink|smoke|vape|use|take|do)\b( \w+){0,4} (is (that|it|this)|can i|should i|will (that|it|this)|does (that|it|this)|would (that|it|this))\b"),
        new("advice.personal-circumstance", @"\bmy (son|daughter|child|kid|teen|teenager|husband|wife|partner|boyfriend|girlfriend|mom|mum|dad|mother|father|brother|sister)\b( \w+){0,8} (can|should|could|would) (he|she|they) (get|try|do|have|take|start|stop)\b"),

        // Pregnancy, breastfeeding, and a personal condition.
        new("advice.condition", @"\b(im|i am|i might be|i may be|i think im|im currently|if im|if i am|she is|shes|my wife is|my partner is|were) (\w+ )?(pregnant|breastfeeding|breast feeding|nursing|trying to (get pregnant|conceive))\b"),
        new("advice.condition", $@"\b(i have|ive got|i got|i was diagnosed with|im diagnosed with|i suffer from|i struggle with|i had|my history of|my) ((a|an|some|mild|severe|bad|type \d) )?{Condition}\b"),
        new("advice.condition", $@"\b(im|i am) {Condition}\b"),

        // Candidacy in the writer's own words: "would i qualify", "am i able to get it", "does that rule me out".
        new("advice.candidate", @"\b(would|do|will|could|can|might) i (still )?(qualify|be eligible|be accepted|be approved|be allowed to (get|have|start|try))\b|\b(rule|rules|ruled) me out\b|\bdisqualif(y|ies) me\b"),
        new("advice.candidate", @"\bam i (still )?(able|allowed|eligible|ok|okay|fit) to (get|have|start|try|receive|do) (ketamine|it|this|the (treatment|infusions?|therapy)|treatment|infusions?|spravato|therapy)\b"),

        // The writer's own measurements or organs, then a question about them: "my blood pressure runs high, will
        // that be a problem", "my liver enzymes were high". The reading is the writer's, so only a clinician can weigh it.
        new("advice.condition", @"\bmy (blood pressure|bp|heart rate|pulse|liver|kidneys?|bloodwork|blood work|labs|lab results|blood tests?|ekg|ecg|thyroid|blood sugar|sugar levels?|a1c|bmi|cholesterol|liver enzymes|enzymes|levels)( \w+){0,2} (is|are|was|were|runs|run|running|has been|have been|been|came back|tends to be|reads?|spikes?|spiked)\b"),
        new("advice.condition", @"\b(i had|ive had|i have had|i have|ive got|i was diagnosed with|i get|i suffer from) (a |an |some |mini )?(stroke|strokes|heart attack|aneurysm|brain injury|concussion|tbi|head injury|migraines?|bad trip|panic attacks?|manic episodes?|mania|hallucinations|delusions|blackouts?|fainting spells)\b"),

        // Dose, schedule and protocol changes for the writer: "should i be taking", "can i take an extra", "can i go back to twice a week".
        new("advice.dose", @"\b(should|do|would|will) i (be|need to be) (taking|using|on|getting)\b|\bcan i (take|have|use|get) (an? )?(extra|another|more|second|higher|bigger|double)\b"),
        new("advice.decision", @"\bcan i (go back to|switch to|change to|move to|drop to|cut (back )?to|keep|stay on|continue) (my|the same|twice|once|every|weekly|monthly|a (higher|lower|different|smaller|bigger))\b"),

        new("advice.decision", @"\bcan i (quit|stop|pause|end|skip|cancel) (the |my |this )?(treatment|treatments|infusions?|sessions?|boosters?|ketamine|therapy|course)\b|\b(puedo|podria) (saltar\w*|dejar|parar|suspender)\b"),

        // A reaction the writer describes, then asks about: "i feel irritable the day after, is that the ketamine".
        new("advice.side-effect", @"\b(i|im|i am|ive been|i have been) (feel|feeling|felt|get|getting|got|have|having|had|notice|noticed) .*\b(is (that|this|it) (normal|the ketamine|from the ketamine|expected|ok|okay|a side effect|common)|should i (worry|be worried|be concerned)|do i need to worry)\b"),

        // Someone the writer cares for, and whether it suits them: "my child has epilepsy, is ketamine risky for her".
        new("advice.personal-safety", @"\bmy (son|daughter|child|kid|kids|teen|teenager|boy|girl|baby|husband|wife|partner|mom|mum|dad|mother|father)\b.*\b(safe|ok|okay|risky|dangerous|appropriate|suitable|right|good|bad|a good idea|going to work|work|help) for (him|her|them)\b"),
        new("advice.personal-circumstance", @"\bmy \d{1,2} (year old|yr old|yo|years old)\b|\bmy (son|daughter|child|kid|teen|boy|girl) is \d{1,2}\b"),
        new("advice.personal-circumstance", @"\bcan my (son|daughter|child|kid|teen|teenager|boy|girl|husband|wife|partner|mom|mum|dad|mother|father)( \w+){0,2} (get|have|do|take|try|start|receive)\b"),

        // Spanish: the same personal questions ("puedo recibir el tratamiento", "califico", "tengo presion alta").
        new("advice.es", @"\b(puedo|podria|deberia|debo) (recibir|tomar|empezar|dejar|seguir|combinar|mezclar|usar)\b|\b(califico|calificaria|soy (buen )?candidat[oa]|soy elegible)\b"),
        new("advice.es", @"\b(tengo|tiene|sufro de|padezco) (presion alta|hipertension|diabetes|epilepsia|bipolar|trastorno bipolar|glaucoma|problemas (del|de) corazon|convulsiones|esquizofrenia)\b|\b(estoy|esta) (embarazada|amamantando|lactando)\b|\bmi (dosis|medicamento|medicina|medicacion|hij[oa]|nin[oa])\b"),

        // Round 4, from the tune halves' misses: a reaction or reading judged "for me", whether to keep going, a dose
        // worked out from the writer's weight, nursing after a dose, a family's teen by age,
        // and the writer's own medicines in Spanish ("tomo fluoxetina", "en mi caso").
        new("advice.side-effect", @"\b(normal|expected|common|ok|okay|fine|a problem|too much|too low|too high) for me\b|\bshould i (keep going|keep doing (it|this|them)|mention (it|this|that)|tell (them|my|the|someone))\b|\b(is there )?(something|anything) i can take\b"),
        new("advice.dose", @"\bfor me at \d+ ?(kg|kilos|lbs|pounds)\b|\b(i weigh|im|i am) \d+ ?(kg|kilos|lbs|pounds)\b|\b(can|could|should) i (taper|nurse|breastfeed|breast feed|pump)\b"),
        new("advice.personal-circumstance", @"\bour (son|daughter|child|kid|teen|teenager) is \d{1,2}\b"),
        new("advice.es", @"\b(tomo|estoy tomando|me recetaron|me receto)\b|\ben mi caso\b|\b(puedo|podria|debo) (seguir|saltarme|hacer el tratamiento)\b"),

        // A clinician already involved: "my doctor prescribed x, should i...", "my psychiatrist said".
        new("advice.clinician", @"\bmy (doctor|doc|psychiatrist|psych|therapist|gp|prescriber|provider|nurse|pcp|physician|counsel+or|cardiologist|ob|obgyn) (prescribed|said|says|told|wants|recommended|recommends|suggested|suggests|put me|thinks|gave)\b"),
    ];

    /// <summary>
    /// How long a course lasts and what it costs, blanked before the rules above read a message: "how many infusions
    /// will i need" and "how much do i need to pay" ask what the documents answer for everyone, not for a dose, and the
    /// dose rule's "how many … will i need" would otherwise take them for one. "times" is not here: "how many times a
    /// day should i take it" is a dose.
    /// </summary>
    public static readonly IReadOnlyList<TriageRule> CourseAndCost =
    [
        new("course", @"\bhow (much|many) (more )?(sessions?|infusions?|treatments?|appointments?|visits?|boosters?|rounds?|days?|weeks?|hours?|months?|money|time off|time)\b"),
        new("cost", @"\b(need|have|going|got) to (pay|spend|budget|save|put down|wait)\b"),
    ];
}
