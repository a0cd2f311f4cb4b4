/** Short Lithuanian explanations of each service principle (formal register: Jūs forms). */
import type { PrincipleId } from '../../core/principles.ts';

/** Every principle explained in Lithuanian. */
export const ltExplanations: Readonly<Record<PrincipleId, string>> = {
  'greet-fast':
    'Atsigręžkite į naują klientą iš karto. Savi darbai palauks; jei dar negalite aptarnauti, parodykite, kad netrukus prieisite.',
  'clarify-needs':
    'Prieš imdamiesi veiksmų išsiaiškinkite, ko klientui iš tiesų reikia: pradėkite atviru klausimu, o tada tikslinkite konkrečiais.',
  'confirm-understanding':
    'Prieš pradėdami darbą pasitikrinkite, ar teisingai supratote prašymą, ir leiskite klientui tai patvirtinti.',
  'meet-needs':
    'Įprastą prašymą įvykdykite iš karto, o neįprastą atvejį aptarkite ir susitarkite dėl plano kartu su klientu. Ieškokite progos padaryti šiek tiek daugiau, nei tikimasi.',
  'check-satisfaction':
    'Prieš klientui išeinant paklauskite, ar viskas sutvarkyta. Jei ne, išsiaiškinkite, ko trūksta.',
  'agree-next-steps': 'Pasakykite klientui, kas ir kada vyks toliau, ir to laiko laikykitės.',
  thank: 'Padėkokite klientui, kad atėjo ir kantriai laukė.',
  'nurture-self-esteem':
    'Parodykite klientui, kad jis svarbus: kalbėkite kaip lygus su lygiu, venkite neigiamų pastabų ir, kai pelnyta, nuoširdžiai bei konkrečiai pagirkite.',
  empathy:
    'Įvardykite ne tik faktus, bet ir jausmą, pavyzdžiui: „Suprantu, kad apmaudu, jog detalė dar neatvyko.“ Suprasti nereiškia sutikti.',
  'propose-options':
    'Kai galimi keli keliai, pasiūlykite variantus ir paklauskite, kuris klientui priimtiniausias, kad sprendimas liktų jo rankose.',
  'prepare-mind': 'Pradėkite pamainą pasiruošę žmonėms: asmeninius rūpesčius palikite už durų.',
  'prepare-workplace':
    'Darbo vietą, blankus ir prekes paruoškite dar prieš ateinant pirmajam klientui.',
  'acknowledge-waiting':
    'Parodykite kiekvienam laukiančiam klientui, kad jį pastebėjote: kol aptarnaujate kitą, pakanka linktelėjimo, žvilgsnio ar trumpo žodžio.',
  'recognize-regulars':
    'Sugrįžusį klientą pasitikite kaip pažįstamą. Užsiminimas apie ankstesnį apsilankymą yra geriausias komplimentas.',
  'match-register':
    'Bendraukite kaip lygus su lygiu ir sekite kliento kreipiniu. Mandagus kreipinys „Jūs“ visada saugus; pereikite prie „tu“ tik tada, kai taip pradeda klientas.',
  'active-offer':
    'Imkitės iniciatyvos: pasiteiraukite apie pageidavimus, pristatykite tinkamą prekę ar paslaugą ir patarkite.',
  'mirror-social-proof':
    'Jei tai tiesa, paminėkite, ką dažniausiai renkasi ar giria kiti klientai: tai padeda apsispręsti.',
  'praise-choice': 'Gerą pasirinkimą patvirtinkite trumpu, nuoširdžiu komplimentu.',
  'offer-alternatives':
    'Jei to, ko klientas nori, nėra, nesustokite ties „ne“: pasiūlykite artimiausią alternatyvą.',
  'drop-limiting-beliefs':
    'Nenuspręskite už klientą, kad jis skuba, neturi pinigų ar neklausys. Vis tiek paklauskite ir pasiūlykite.',
  'close-warmly':
    'Kiekvieną pokalbį užbaikite draugiškai: padėka, atsisveikinimas ir geras palinkėjimas. Įsimenama būtent pabaiga.',
  paraphrase:
    'Savais žodžiais pakartokite problemą ir sutartą sprendimą, kad abu tikrai suprastumėte tą patį.',
  'own-the-problem':
    'Kliento problemą laikykite savo užduotimi, kol ji išspręsta arba tinkamai perduota. Neišspręstos problemos kainuoja pasitikėjimą.',
  'difficult-attitude':
    'Kai klientas nepasitiki ar nebendradarbiauja, išlikite ramūs ir toliau siekite sprendimo, užuot ginčijęsi.',
  'patient-explaining':
    'Kai klientui sunku paaiškinti, nuleiskite tempą: kalbėkite trumpais sakiniais, pasiteiraukite, ar aiškiai kalbate, ir atsakykite į kiekvieną klausimą.',
  'own-mood':
    'Jūsų nuotaika atsispindi bendravime su žmonėmis. Neleiskite prastai akimirkai persiduoti kitam klientui.',
  'admit-mistakes':
    'Jei problemą sukėlė Jūsų pusė, tai aiškiai pripažinkite ir ištaisykite. Pripažinta klaida stiprina pasitikėjimą.',
  honesty:
    'Niekada neperduokite informacijos, kuri, kaip žinote, yra klaidinga, net jei to prašoma. Verčiau kreipkitės į vadovą.',
  reliability:
    'Kiekvienam klientui užtikrinkite tą pačią aukštą kokybę, kad jis žinotų, ko tikėtis.',
  timeliness: 'Aptarnaukite ir greitai, ir kruopščiai; eilei augant paprašykite kolegos pagalbos.',
  personalize:
    'Žiūrėkite į klientą kaip į žmogų, o ne numerį: šypsokitės, kreipkitės vardu ir atsiminkite, ką jis pasakojo.',
  approachable:
    'Neleiskite susierzinimui išgirsti Jūsų balse. Būkite draugiški ir mandagūs, net kai problema sudėtinga ar užtrunka.',
  flexibility:
    'Ieškokite būdo pasakyti „taip“: kur leidžiama, palenkite taisyklę arba pasiūlykite kitą sprendimą, o ne sausą atsisakymą.',
  'above-and-beyond':
    'Padarykite šiek tiek daugiau, nei tikimasi, pavyzdžiui, patys susisiekite su klientu, užuot laukę jo skambučio.',
  'no-hard-sell':
    'Pirmiausia išklausykite, tik paskui siūlykite. Įkyriai brukama prekė, kurios klientas neprašė, jį atbaido.',
  'sin-true-lies':
    'Niekada neparduokite nereikalingų priedų ir neslėpkite tikrosios kainos. Klientai tai sužino ir nebegrįžta.',
  'sin-red-alert':
    'Nemandagumas ar atmestinis tonas greičiausiai atbaido klientą. Išlikite pagarbūs, kad ir kas nutiktų.',
  'sin-broken-promises':
    'Žadėkite tik tai, ką galite įvykdyti, ir įvykdykite: neatidžios klaidos ir praleisti susitikimai griauna pasitikėjimą.',
  'sin-i-just-work-here':
    'Nesislėpkite už savo pareigų. Jei patys negalite išspręsti, suraskite, kas gali, ir pasirūpinkite, kad reikalas būtų baigtas.',
  'sin-big-queue':
    'Ilga, niekieno netvarkoma eilė greitai virsta skundu: rūpinkitės, kad ji judėtų, ir informuokite laukiančiuosius.',
  'sin-autopilot':
    'Abejingai išberta frazė taip ir skamba. Išklausykite būtent šį klientą ir atsakykite jam, o ne „vidutiniam“ klientui.',
  'sin-suffering-in-silence':
    'Pasakykite klientams, kas vyksta ir kiek tai užtruks: tyla kiekvieną laukimą pailgina.',
  'sin-dont-ask-me':
    'Į prašymą žiūrėkite kaip į darbo dalį, o ne trukdį, ir, kai reikia, įdėkite papildomų pastangų.',
  'sin-lights-on-nobody-home':
    'Jei nežinote atsakymo, pasakykite, kad išsiaiškinsite, ir tai padarykite. Spėliojimas ar gūžčiojimas pečiais palieka klientą be pagalbos.',
  'sin-priorities-askew':
    'Priešais Jus stovintis klientas svarbesnis už pokalbius su kolegomis, žinutes ar asmeninius darbus.',
};
