namespace FaqBot.Core.Answering.Triage;

/// <summary>
/// Spanish crisis and emergency lexicon over normalized text (accents folded, so "mí" is "mi" and "dañó" is
/// "dano"). The same warning signs as the English lists, in the words the 988 Lifeline's Spanish service and
/// Spanish-speaking patients use, with common misspellings ("kiero", "aki").
/// </summary>
internal static class SpanishPatterns
{
    /// <summary>Crisis rules in priority order.</summary>
    public static readonly IReadOnlyList<TriageRule> Crisis =
    [
        new("crisis.es.suicide", @"\b(quiero|quisiera|queria|kiero|ganas de|pienso en|pensando en|penso en) (morir|morirme|matarme|suicidarme|desaparecer|no despertar|quitarme la vida|dejar de vivir)\b"),
        new("crisis.es.suicide", @"\b(me|se|te) (quiero|quiere|kiere|va a|voy a|vas a|queria|pensaba) (matar|suicidar|quitar la vida)\b|\bquitar(me|se|le)? la vida\b|\b(matarme|suicidarme|suicidarse|suicidarte|suicidio|suicida)\b"),
        // Suicidal thoughts had now, the plural the word list above lacks: "desde hace 3 años tengo pensamientos suicidas".
        new("crisis.es.suicide", @"\b(tengo|tiene|tienes|he tenido|ha tenido|vuelvo a tener|sigo teniendo|estoy teniendo) (\w+ )?(pensamientos|ideas) suicidas\b|\bme siento suicida\b"),
        new("crisis.es.ideation", @"\b(mejor|mejores|felices|tranquilos) sin mi\b|\bsoy una carga\b|\bno (quiero|kiero|quiere|quieren) (vivir|seguir|estar aqui|estar aki|seguir aqui|seguir aki|despertar|existir)\b"),
        new("crisis.es.ideation", @"\bya no (puedo|aguanto|quiero) (mas|seguir|vivir)\b|\bno aguanto (mas|esto)\b|\b(sin|no tengo|perdi la|ya no tengo) esperanza\b|\bnada va a mejorar\b|\bno (hay|veo) salida\b"),
        new("crisis.es.self-harm", @"\bme (corte|corto|cortare|quemo|queme|lastimo|lastime|pego|golpeo|hago dano|hice dano)\b|\b(cortarme|quemarme|lastimarme|hacerme dano|autolesion\w*)\b"),
        // "Just took" and "about 30" are how an overdose is typed ("me acabo de tomar como 30 paracetamoles"), and
        // "too much" takes the substance's gender and number ("tome demasiada ketamina"); "too much" is named with a
        // medicine only, so "tome demasiado cafe" stays ordinary.
        new("crisis.es.overdose", @"\b(me tome|se tomo|me trague|se trago|tome|trague|(me|se)? ?acab[oa] de (tomar|tragar)) (como |unas? |unos |mas de )?(todas|todo|un frasco|una caja|muchas|demasiadas|\d+)\b|\b(tuve|tuvo|le dio|me dio|tiene) (una )?sobredosis\b"),
        new("crisis.es.overdose", @"\b(me tome|se tomo|tome|(me|se)? ?acab[oa] de tomar) (como |mas de )?demasiad[oa]s? (de )?(ketamina|pastillas|pildoras|medicinas?|medicamentos?|spravato|clonazepam|alprazolam|xanax|paracetamol\w*|tylenol|ibuprofeno|pastillitas)\b"),
        new("crisis.es.means", @"\bguardando (mis |las |sus )?(pastillas|medicinas|pildoras|medicamentos)\b|\b(pistola|revolver|escopeta|soga)\b"),
        new("crisis.es.goodbye", @"\bcartas? de despedida\b|\bregale (mis|todas mis|todas) cosas\b|\bme despido\b|\bya estoy list[oa]\b|\ble encontre casa a\b"),
        new("crisis.es.method", @"\b(cuant[oa]s?|que cantidad de)( \w+){0,4} (para (morir|matarme|no despertar|que (el corazon|mi corazon) se (pare|detenga))|es (mortal|letal))\b|\bdosis (mortal|letal)\b"),
        new("crisis.es.means", @"\b(he guardado|guarde|guardo|junte|junto|juntando|acumulando|acumule|escondiendo|escondi) (mis |las |sus |unas |muchas )?(pastillas|medicinas|pildoras|medicamentos|pastillitas)\b|\bya tengo (suficientes|bastantes)\b|\bescribi (las|mis|una|unas) cartas?\b|\bregale (a )?(mi|mis) (perro|gato|mascota|mascotas|cosas)\b"),
        new("crisis.es.plan", @"\bme voy a (aventar|tirar|lanzar) (del|de un|de una|al|a las) (puente|edificio|techo|vias|tren|metro|balcon)\b|\bmensajes? de despedida\b|\bme tome (la botella|el frasco|todo el frasco) de\b|\b(cloro|veneno para ratas|anticongelante)\b"),
        new("crisis.es.plan", @"\blo voy a hacer (esta noche|hoy|manana)\b|\b(esta noche|hoy|manana) lo voy a hacer\b|\bya tengo (un plan|todo planeado)\b"),
    ];

    /// <summary>Medical-emergency rules.</summary>
    public static readonly IReadOnlyList<TriageRule> Emergency =
    [
        new("emergency.es", @"\bdolor (de|en el) pecho\b|\bno (puede|puedo|podia|podemos) respirar\b|\b(cerrando|cierra) la garganta\b"),
        new("emergency.es", @"\bse (desmayo|desmaya|cayo y no)\b|\bdesmayad[oa]\b|\bno (despierta|responde|reacciona)\b|\bconvulsion\w*\b|\bconvulsionando\b"),
        new("emergency.es", @"\b(me esta dando|le esta dando|tiene|tuvo) un (infarto|derrame|ataque)\b|\bataque (al corazon|cardiaco)\b|\blabios (morados|azules)\b|\bllamen? (al|a una)? ?(911|ambulancia)\b"),
        new("emergency.es", @"\b(presion|opresion|dolor) (horrible |fuerte |muy fuerte |terrible )?(en el|del) pecho\b|\bse puso (ties[oa]|rigid[oa]|morad[oa]|azul)\b|\b(no sabe|no reconoce) (quien soy|donde esta|que ano es|a nadie)\b"),
    ];
}
