namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// More of the published warning signs (988 Lifeline, AFSP, NIMH, the Columbia scale), in wordings the banks' tune
/// halves showed the other rule files missing (round 4): lethality and method questions put as curiosity, means in the
/// hand, a plan's place, goodbye acts, self-harm told by its injury, poisoning of a small child, wishing for an accident
/// or an illness, and Spanish; round 5 added a few more from the fourth bank's tune half. Over normalized text (lower
/// case, no accents or apostrophes).
/// </summary>
internal static class CrisisSignPatterns
{
    /// <summary>Rules in priority order; each fires a crisis.</summary>
    public static readonly IReadOnlyList<TriageRule> Rules =
    [
        // Method and lethality: how to die faster or surely, the deadliest drug, a dose "that would kill".
        new("crisis.method", @"\b(die|dying|drown|drowning|bleed out|bleed to death|freeze to death|pass away)( \w+){0,4} (faster|quicker|fastest|quickest|painlessly|for sure|guaranteed)\b"),
        new("crisis.method", @"\b(make sure|to be sure|guarantee|certain)( \w+){0,4} (dont|do not|wont|will not|not|never) (survive|wake up|make it)\b|\bsurvive the fall\b|\bbleed out\b|\bfreeze to death\b"),
        new("crisis.method", @"\b(deadliest|most (lethal|deadly|fatal|likely to (be fatal|kill)))\b|\b(least painful|painless|quickest|easiest) (way|ways|method|methods) (to|of) (die|dying|go|end it|kill)\b"),
        new("crisis.method", @"\b(dose|amount|how much|how many|enough)( \w+){0,8} (would|could|will|to|that would|that could|that will) (kill|be fatal|be lethal|be deadly|stop (a|your|my|the|someones) heart)\b"),
        new("crisis.method", @"\b(helium|exit bag)\b|\bbag over (my|your|their|his|her|a persons|someones) head\b|\b(ways|way|use|used|method|methods) to (die|kill (yourself|themselves|myself))\b"),
        new("crisis.method", @"\b(stood|stand|standing|lie|lying|lay) on (the )?(train |railway |rail )?tracks\b|\bthe (train |railway )?tracks( \w+){0,4} (tonight|at \d|when it gets dark)\b"),

        // Means in the hand, and a plan's end: "the knife out", "a razor on my stomach", "swallowing everything i have".
        new("crisis.means", @"\b(knife|blade|razor)( is| are)? (out|in my hand|ready)\b|\b(using|use|used|take|took) a (razor|blade|knife) (on|to) my\b|\bcut (pretty |really |too |so |very )?deep\b"),
        new("crisis.means", @"\b(swallow|swallowing|take|taking|down|downing) (everything|all|all the pills) (i have|i got|in the (house|cabinet|drawer))\b|\b(i|ill|i will|im going to|im gonna|before i|then i|and) end it\b"),
        new("crisis.means", @"\b(keeping|saving|hoarding|stashing|holding on to) (the |my |all the )?(extra |spare |leftover |unused )?(ketamine (pills|tablets|lozenges|troches|doses)|ketamine|pills|tablets|meds|lozenges|troches|doses)( instead| for later| just in case)\b"),

        // Self-harm told by the injury: a head hit until dazed.
        new("crisis.self-harm", @"\b(hit|hitting|bang|banging|banged|slam|slamming|slammed) my head( \w+){0,6} (until|till|til)\b"),

        // Goodbye and preparatory acts: pets rehomed, the letters written, a goodbye message from someone.
        new("crisis.goodbye", @"\b(found|finding|find) (a )?new homes? for (my|both my|all my)\b|\brehom(e|ing|ed) (my|both my|all my)\b|\b(written|wrote|writing) (the|my|goodbye|farewell) (letters|notes)\b"),
        new("crisis.goodbye", @"\b(sent|texted|messaged|wrote) (me|us)( \w+){0,4} (goodbye|saying sorry and goodbye|saying goodbye|a goodbye)\b"),

        // A small child and a medicine or a patch: poisoning until a doctor says otherwise.
        new("crisis.overdose", @"\b(toddler|baby|child|kid|son|daughter|grandson|granddaughter|little one)( \w+){0,4} (chewed|swallowed|ate|licked|got into|sucked on)( \w+){0,5} (fentanyl|patch|patches|pill|pills|tablet|tablets|gummy|gummies|edible|edibles|lozenge|lozenges|troche|troches|medicine|meds)\b|\bfentanyl patch\b"),

        // Wishing for an accident or an illness to die of; death that starts to look good.
        new("crisis.ideation", @"\b(pray|praying|prayed|hope|hoping|wish|wishing)( \w+){0,2} for (an accident|a car to hit me|a heart attack|death|it all to end)\b|\bif i (got|get|caught)( \w+){0,3} and died\b"),
        new("crisis.ideation", @"\b(dying|death|being dead) (is )?(starting to |starts to )?(look|looks|sound|sounds|seem|seems) (like|good|better|appealing|peaceful|nice|easier)\b|\bready to be done with (it all|everything|life|living|it)\b|\bsoon (it|nothing) (wont|will not) matter\b"),

        // Round 5, from the fourth bank's tune half: carbon monoxide from a car, an overdose asked after as a peaceful or
        // painful way to go, standing on a ledge, injuries told as fresh, a pill count taken at once, one last good feeling.
        new("crisis.method", @"\b(car )?exhaust (hose|pipe) (through|into|in) (the|a|my) (car )?window\b|\bhose (from|on) the exhaust\b|\b(run|running|left|leave|leaving) the (car|engine)( running)? in (the|a|my) (closed |shut )?garage\b"),
        new("crisis.method", @"\b(overdose|od)( \w+){0,12} (drift off|drift away|peacefully|painlessly|in my sleep|not wake up|would it hurt|will it hurt|does it hurt)\b"),
        new("crisis.method", @"\b(stood|stand|standing|sat|sit|sitting|climbed|climb)( \w+){0,3} (on|onto|at|over) the (roof ledge|ledge|edge of the (roof|bridge|cliff|building)|bridge railing|railing of the bridge)\b"),
        new("crisis.self-harm", @"\bfresh (cuts|burns|wounds|cut|burn)\b|\brelapsed( \w+){0,3} (cutting|burning|cut myself|burned myself|burnt myself|self harm\w*)\b"),
        new("crisis.overdose", @"\btook (about |around |like |maybe |almost |nearly |over )?(\d\d+|twenty|thirty|forty|fifty|sixty|a hundred)( of)?( (the|my|those|these|his|her))?( \d+ ?mg)?( \w+)? (ones|pills|tablets|caps|capsules)( \w+){0,4} (last night|tonight|today|this morning|at once|in one go|an hour ago|earlier)\b"),
        new("crisis.goodbye", @"\bone last (good )?(feeling|high|day on earth|night on earth|goodbye|hug)\b"),

        // From the fifth bank's tune half: sitting in a running car in a closed garage, driving off an overpass, medicines
        // that stop the heart, a month's supply at once, sessions not needed after a date, "when i'm not around anymore",
        // wishing one had died.
        new("crisis.method", @"\b(sit|sitting|sat|stay|staying)( \w+){0,2} in (a|the|my) (running car|car with the engine running)( \w+){0,2} (closed|shut) garage\b|\bdrive (my car |the car )?(off|of) (the|a) (overpass|bridge|cliff|pier|parking garage)\b"),
        new("crisis.method", @"\b(meds|medication|medications|pills|drugs|tablets)( \w+){0,2} (shut|shuts|stop|stops) (your|my|the|a) heart\b|\b(od|overdose)( \w+){0,10} (the whole|a whole|an entire|the entire|all the) (month|months|bottle|box|supply|pack)\b"),
        new("crisis.goodbye", @"\b(wont|will not|not) (be )?(needing|need|using) (the |my |any )?(sessions|appointments|infusions|treatments|bookings)( \w+){0,2} after (this|next|the) (weekend|week|month|friday|saturday|sunday|monday)\b|\bwhen (im|i am) (not around|gone) (anymore|any more)\b|\bafter (im|i am) gone\b"),
        new("crisis.ideation", @"\bwhy (couldnt|didnt|cant|could not|did not) i (have )?(just )?(died|die)\b|\b(wish|wished) i (had|would have|wouldve|had just) died\b|\bshould have (let me|let me just) die\b"),

        // Spanish: throwing oneself from a bridge, no sense in going on, the least painful way to die.
        new("crisis.es.plan", @"\btirar(me|se) (del|de un|de una|de la|desde el|desde la|por la|al) (puente|edificio|techo|balcon|ventana|vias|tren|metro)\b"),
        new("crisis.es.ideation", @"\bno (tiene|le veo|veo) (caso|sentido) seguir\b|\bno vale la pena (seguir|vivir)\b|\b(forma|formas|manera|maneras) (menos dolorosa|mas rapida|facil)s? de morir\b"),

        // Round 13, from the six banks' new-author misses (triage-cv, tune halves): a ligature and a place to tie it
        // ("the belt and the closet rod"), a lethal quantity asked of a measure ("at what bac does it kill you"), not being
        // found out after death (an autopsy), and wanting courage to go through with it.
        new("crisis.method", @"\b(belt|rope|cord|extension cord|cable|scarf|bedsheet|sheets?|ligature|dog leash|leash)( and| from| over| around| to)( the| my| a| our)? (closet rod|clothes rod|clothes rail|door ?frame|top of the door|beam|rafters?|ceiling fan|shower rod|shower head|curtain rod|banister|bannister|stair ?rail|railing|pull ?up bar|tree branch)\b"),
        new("crisis.method", @"\bat what (bac|blood alcohol( level| content)?|dose|dosage|level|amount|point|number)( \w+){0,5} (kill|kills|killed) (you|u|me|a person|someone|somebody|people|an adult|a human)\b"),
        new("crisis.method", @"\b(show|shows|showed) up (on|in) (an |the |a )?autops(y|ies)\b|\b(undetectable|untraceable|detectable|detected|traceable) (on|in|at|by) (an |the |a )?autops(y|ies)\b"),
        new("crisis.plan", @"\b(easier|courage|nerve|guts|brave enough|strong enough|less scared|less afraid|not (be )?(scared|afraid))( for me)? to (actually |finally |really )?go through with it\b"),
    ];
}
