/** Short Estonian explanations of each service principle (formal register: teie forms). */
import type { PrincipleId } from '../../core/principles.ts';

/** Every principle explained in Estonian. */
export const etExplanations: Readonly<Record<PrincipleId, string>> = {
  'greet-fast':
    'Pöörduge uue kliendi poole kohe. Oma toimetused võivad oodata; kui te ei saa teda veel teenindada, andke märku, et olete varsti tema juures.',
  'clarify-needs':
    'Enne tegutsemist selgitage välja, mida klient tegelikult vajab: alustage avatud küsimusega ja täpsustage seejärel konkreetsetega.',
  'confirm-understanding':
    'Enne töö alustamist kontrollige, kas saite soovist õigesti aru, ja laske kliendil seda kinnitada.',
  'meet-needs':
    'Tavapärane soov täitke kohe; erandliku olukorra puhul leppige kliendiga koos plaan kokku. Otsige võimalust teha pisut rohkem, kui oodatakse.',
  'check-satisfaction':
    'Enne kui klient lahkub, küsige, kas kõik sai korda. Kui ei saanud, uurige, mis on puudu.',
  'agree-next-steps': 'Öelge kliendile, mis edasi saab ja millal, ning pidage sellest ajast kinni.',
  thank: 'Tänage klienti tulemast ja kannatlikkuse eest.',
  'nurture-self-esteem':
    'Näidake kliendile, et ta on oluline: suhelge temaga võrdsena, vältige halvustavaid märkusi ja kiitke siiralt ning konkreetselt, kui selleks on põhjust.',
  empathy:
    'Nimetage lisaks faktidele ka tunnet, näiteks „Saan aru, et on tüütu, et varuosa pole veel saabunud.“ Mõistmine ei tähenda nõustumist.',
  'propose-options':
    'Kui edasi saab minna mitut moodi, pakkuge valikuid ja küsige, mis kliendile sobib, nii et otsus jääb tema kätte.',
  'prepare-mind': 'Alustage vahetust inimesteks valmis: jätke isiklikud mured ukse taha.',
  'prepare-workplace': 'Pange töökoht, vormid ja kaup valmis enne, kui esimene klient saabub.',
  'acknowledge-waiting':
    'Andke igale ootavale kliendile märku, et olete teda märganud: teise teenindamise ajal piisab noogutusest, pilgust või lühikesest sõnast.',
  'recognize-regulars':
    'Võtke püsiklient vastu kui tuttav. Eelmise külastuse meenutamine on parim kompliment.',
  'match-register':
    'Suhelge võrdsena ja järgige kliendi pöördumisviisi. „Teie“ on alati kindel valik; minge üle „sinale“ alles siis, kui klient seda teeb.',
  'active-offer': 'Võtke initsiatiiv: küsige eelistuste kohta, tutvustage sobivat ja soovitage.',
  'mirror-social-proof':
    'Kui see vastab tõele, mainige, mida teised kliendid tavaliselt valivad või kiidavad: see aitab otsustada.',
  'praise-choice': 'Kinnitage head valikut lühikese ja siira komplimendiga.',
  'offer-alternatives':
    'Kui soovitud asja pole, ärge piirduge sõnaga „ei“: pakkuge lähimat alternatiivi.',
  'drop-limiting-beliefs':
    'Ärge otsustage kliendi eest, et tal on kiire, tal pole raha või ta ei kuula. Küsige ja pakkuge ikkagi.',
  'close-warmly':
    'Lõpetage iga kontakt sõbralikult: tänu, hüvastijätt ja hea soov. Meelde jääb just viimane hetk.',
  paraphrase:
    'Korrake probleemi ja kokkulepitud lahendust oma sõnadega, et mõlemad mõistaksid sama asja.',
  'own-the-problem':
    'Käsitlege kliendi probleemi oma ülesandena, kuni see on lahendatud või korrektselt edasi antud. Lahendamata probleemid maksavad usalduse.',
  'difficult-attitude':
    'Kui klient on umbusklik või ei tee koostööd, jääge rahulikuks ja liikuge edasi lahenduse poole, selle asemel et vaielda.',
  'patient-explaining':
    'Kui kliendil on raske selgitada, aeglustage tempot: kasutage lühikesi lauseid, küsige, kas räägite arusaadavalt, ja vastake igale küsimusele.',
  'own-mood':
    'Teie tuju paistab välja selles, kuidas inimestega käitute. Ärge laske halval hetkel järgmisele kliendile üle kanduda.',
  'admit-mistakes':
    'Kui probleemi põhjustas teie pool, öelge see ausalt välja ja tehke asi korda. Tunnistatud viga suurendab usaldust.',
  honesty:
    'Ärge edastage kunagi teavet, mida teate olevat vale, isegi kui seda palutakse. Pöörduge selle asemel juhi poole.',
  reliability: 'Pakkuge igale kliendile iga kord sama kõrget taset, et ta teaks, mida oodata.',
  timeliness: 'Olge korraga kiire ja põhjalik; kui järjekord kasvab, paluge kolleegilt abi.',
  personalize:
    'Kohelge klienti inimese, mitte numbrina: naeratage, kasutage tema nime ja pidage meeles, mida ta rääkis.',
  approachable:
    'Ärge laske ärritusel oma häälde jõuda. Olge sõbralik ja viisakas ka siis, kui probleem on keeruline või aeganõudev.',
  flexibility:
    'Otsige võimalust öelda „jah“: painutage reeglit, kus see on lubatud, või pakkuge kuiva keeldumise asemel muud lahendust.',
  'above-and-beyond':
    'Tehke pisut rohkem, kui oodatakse, näiteks võtke ise kliendiga ühendust, selle asemel et oodata tema kõnet.',
  'no-hard-sell':
    'Kuulake enne, kui müüte. Pealesurutud toode, mida klient ei küsinud, peletab ta eemale.',
  'sin-true-lies':
    'Ärge kunagi müüge tarbetuid lisasid ega varjake tegelikku hinda. Kliendid saavad sellest teada ega tule tagasi.',
  'sin-red-alert':
    'Ebaviisakus või üleolev toon on kiireim viis klient kaotada. Jääge lugupidavaks, mis ka ei juhtuks.',
  'sin-broken-promises':
    'Lubage ainult seda, mida suudate teha, ja tehke see ära: hooletud vead ja unustatud kokkulepped õõnestavad usaldust.',
  'sin-i-just-work-here':
    'Ärge peitke end oma ametikoha taha. Kui te ise ei saa lahendada, leidke keegi, kes saab, ja viige asi lõpuni.',
  'sin-big-queue':
    'Pikk ja korraldamata järjekord on kaebus sündimas: hoidke see liikumas ja ootajad kursis.',
  'sin-autopilot':
    'Huvita ette loetud fraas kõlabki nii. Kuulake just seda klienti ja vastake talle, mitte keskmisele kliendile.',
  'sin-suffering-in-silence':
    'Öelge klientidele, mis toimub ja kui kaua see aega võtab: vaikus muudab iga ootamise pikemaks.',
  'sin-dont-ask-me':
    'Käsitlege palvet töö osana, mitte segajana, ja pingutage vajaduse korral rohkem.',
  'sin-lights-on-nobody-home':
    'Kui te vastust ei tea, öelge, et uurite järele, ja tehke seda. Oletamine või õlakehitus jätab kliendi hätta.',
  'sin-priorities-askew':
    'Teie ees seisev klient on tähtsam kui jutuajamised, sõnumid või oma toimetused.',
};
