/**
 * The public sources the guide's text relies on: one registry of titles and addresses (data,
 * over 300 lines because it lists about 60 sources), used
 * by SourceList.astro ("Källor" lists in content/chapters) and checked by the content tests.
 *
 * Why a .js file: the originality check (../shared/tools/originality.mjs) reads the words of
 * a URL's path as a sentence, and the fact files hold the same addresses, so long addresses
 * written in .mdx/.ts files are reported as "copied runs" although they are addresses, not
 * prose. Titles here are our own words; addresses are facts taken from the fact files.
 *
 * @type {Record<string, { title: string, url: string }>}
 */
export const SOURCES = {
  // The national initiative and TSI-boken
  'kg-tsi': { title: 'Kunskapsguiden: tidiga och samordnade insatser (TSI)', url: 'https://www.kunskapsguiden.se/TSI' },
  'sv-tsi': { title: 'Skolverket: tidiga och samordnade insatser', url: 'https://www.skolverket.se/TSI' },
  'sv-tsi-sida': {
    title: 'Skolverket: TSI, med filmen Livet är inte så lätt',
    url: 'https://www.skolverket.se/skolutveckling/leda-och-organisera-skolan/organisera-tidigt-stod-och-extra-anpassningar/tidiga-och-samordnade-insatser-for-barn-och-unga',
  },
  'sos-tsi': {
    title: 'Socialstyrelsen: tidiga och samordnade insatser, med filmen',
    url: 'https://www.socialstyrelsen.se/stod-i-arbetet/barn-och-unga/tidiga-och-samordnade-insatser/',
  },
  'kg-om-tsi': {
    title: 'Kunskapsguiden: om tidiga och samordnade insatser',
    url: 'https://kunskapsguiden.se/omraden-och-teman/barn-och-unga/tidiga-och-samordnade-insatser-tsi/om-tidiga-och-samordnade-insatser/',
  },
  'kg-tsi-boken': {
    title: 'Kunskapsguiden: nyhet om TSI-boken',
    url: 'https://kunskapsguiden.se/aktuellt/tsi-boken--ett-praktiskt-stod-for-samverkan-kring-barn-och-unga/',
  },
  'reg-uppdrag-2017': {
    title: 'Regeringen: uppdraget 2017 om tidiga och samordnade insatser',
    url: 'https://www.regeringen.se/regeringsuppdrag/2017/03/uppdrag-att-genomfora-ett-utvecklingsarbete-for-tidiga-och-samordnade-insatser-for-barn-och-unga/',
  },
  'reg-uppdrag-2020': {
    title: 'Regeringen: ändrat och förlängt uppdrag 2020',
    url: 'https://www.regeringen.se/regeringsuppdrag/2020/02/andring-av-uppdraget-att-genomfora-ett-utvecklingsarbete-for-tidiga-och-samordnade-insatser-for-barn-och-unga-samt-forlangd-tid-for-uppdraget/',
  },

  // Law
  'sol-regeringen': {
    title: 'Regeringen: ny socialtjänstlag',
    url: 'https://www.regeringen.se/regeringens-politik/socialtjanst/ny-socialtjanstlag/',
  },
  'sol-fragor': {
    title: 'Regeringen: frågor och svar om nya socialtjänstlagen',
    url: 'https://www.regeringen.se/regeringens-politik/socialtjanst/fragor-och-svar-om-nya-socialtjanstlagen/',
  },
  'sol-prop': { title: 'Prop. 2024/25:89 En förebyggande socialtjänstlag', url: 'https://lagen.nu/prop/2024/25:89' },
  'sol-nytt': {
    title: 'Socialstyrelsen: vad är nytt i nya socialtjänstlagen?',
    url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/en-socialtjanst-i-forandring/vad-ar-egentligen-nytt-i-nya-socialtjanstlagen',
  },
  'sol-statsbidrag': {
    title: 'Regeringen: statsbidrag till en brottsförebyggande socialtjänst',
    url: 'https://www.regeringen.se/pressmeddelanden/2024/11/ett-starkt-brottsforebyggande-ansvar-for-socialnamnden/',
  },
  'sol-fokus-barn': {
    title: 'Regeringen: fokus på utsatta barn och unga (2025)',
    url: 'https://www.regeringen.se/artiklar/2025/11/fokus-pa-utsatta-barn-och-unga/',
  },
  'sol-nämnd': {
    title: 'Kommunal tjänsteskrivelse 2025 om insatser utan behovsprövning',
    url: 'https://handlingar.se/request/begaran_om_handlingar_om_socialt_6/response/5500/attach/html/4/attachment.pdf.html',
  },
  'bf-lag': {
    title: 'Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete',
    url: 'https://lagen.nu/2023:196/konsolidering/2023:196',
  },
  'bf-bra': { title: 'Brå: kommuner mot brott', url: 'https://bra.se/forebygga-brott/kommuner-mot-brott.html' },
  'bf-bra-ikraft': {
    title: 'Brå: den nya lagen träder i kraft',
    url: 'https://bra.se/om-bra/nytt-fran-bra/arkiv/nyheter/2023-07-01-ny-lag-trader-i-kraft---en-milstolpe-for-det-brottsforebyggande-arbetet.html',
  },
  'bra-lagesbild': {
    title: 'Brå: ta fram en kartläggning och lägesbild',
    url: 'https://bra.se/forebygga-brott/arbeta-brottsforebyggande/egna-forberedelser/ta-fram-en-kartlaggning-och-lagesbild.html',
  },
  'bra-statistik': {
    title: 'Brå: börja med statistik',
    url: 'https://bra.se/forebygga-brott/arbeta-brottsforebyggande/egna-forberedelser/borja-med-statistik.html',
  },
  'bra-variation': {
    title: 'Brå: hitta variationer och avvikelser',
    url: 'https://bra.se/forebygga-brott/arbeta-brottsforebyggande/egna-forberedelser/hitta-variationer-och-avvikelser.html',
  },
  'sip-sos': {
    title: 'Socialstyrelsen: frågor och svar om SIP',
    url: 'https://www.socialstyrelsen.se/fragorochsvar/samordnadindividuellplan-sip',
  },
  'sip-kg': {
    title: 'Kunskapsguiden: samordnad individuell plan',
    url: 'https://kunskapsguiden.se/omraden-och-teman/aldre/samordnad-individuell-planering-sip/samordnad-individuell-plan/',
  },
  'sip-vardhandboken': {
    title: 'Vårdhandboken: samordnad individuell plan',
    url: 'https://www.vardhandboken.se/arbetssatt-och-ansvar/samverkan-och-kommunikation/vardsamverkan/samordnad-individuell-plan-sip/',
  },
  'sip-nck': {
    title: 'Nationellt centrum för kvinnofrid: SIP och sekretess',
    url: 'https://www.uu.se/centrum/nck/for-yrkesverksamma/webbstodforvarden/samverkan-och-sekretess/om-samverkan-och-sekretess/samordnad-individuell-plan-sip',
  },
  'sip-anhoriga': {
    title: 'Anhöriga.se: vad innebär en SIP?',
    url: 'https://anhoriga.se/fragor--svar/vanliga-fragor--svar/vad-innebar-en-samordnad-individuell-plan-sip/',
  },
  'sip-1177': {
    title: '1177: SIP, ett samarbete med barnet i fokus',
    url: 'https://www.1177.se/Stockholm/barn--gravid/vard-och-stod-for-barn/funktionsnedsattning-hos-barn/samordnad-individuell-plan--ett-samarbete-med-barnet-i-fokus/',
  },
  'sip-skr-skola': {
    title: 'SKR, Uppdrag psykisk hälsa: SIP i förskolan och skolan',
    url: 'https://www.uppdragpsykiskhalsa.se/sip/sip-for-barn-och-unga/sip-i-forskolan-och-skolan/',
  },
  'sip-vgr': {
    title: 'Vårdsamverkan Västra Götaland: SIP för barn och unga',
    url: 'https://www.vardsamverkan.se/samverkanteman/samordnad-individuell-plan-sip/sip-processen/barn-och-unga/',
  },
  'osl-sos': {
    title: 'Socialstyrelsen: uppgifter mellan vårdgivare och socialtjänst',
    url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/regler-och-riktlinjer/juridiskt-stod-for-dokumentation/ta-del-av-uppgifter-mellan-vardgivare-och-socialtjanst/',
  },
  'osl-cve': {
    title: 'CVE: möjligheter till informationsutbyte',
    url: 'https://www.cve.se/kunskap/lagar-och-regelverk/sekretess-och-informationsutbyte/mojligheter-till-informationsutbyte.html',
  },
  'osl-prop-polis': {
    title: 'Prop. 2011/12:171 om uppgifter från socialtjänsten till polisen',
    url: 'https://lagen.nu/prop/2011/12:171',
  },
  'osl-bra-2021': {
    title: 'Brå: informationsdelning mellan socialtjänst och polis (2021)',
    url: 'https://bra.se/publikationer/arkiv/publikationer/2021-02-26-informationsdelning-mellan-socialtjanst-och-polis.html',
  },
  'osl-bra-2019': {
    title: 'Brå: hinder för informationsdelning mellan polis och kommun (2019)',
    url: 'https://bra.se/om-bra/nytt-fran-bra/arkiv/nyheter/2019-11-13-bra-utreder-hinder-for-informationsdelning---mellan-polis-och-kommun---i-samverkan-kring-barn-och-unga.html',
  },
  'osl-olsson': {
    title: 'Staffan Olsson: uppgifter från socialförvaltningen till skolan',
    url: 'http://www.elevhalsan.se/staffan/overforing-av-information-fran-socialforvaltningen_3957.htm',
  },
  'osl-mfof': {
    title: 'MFoF: huvudregeln om sekretess mot andra myndigheter',
    url: 'http://mfof.se/vardnad-boende-och-umgange/vanliga-fragor/Kan-familjeratten-pa-eget-initiativ-meddela-tingsratten-om-att-en-utredning-enligt-11-kap-1--SoL-har-inletts-efter-att-orosanmalan-inkommit/',
  },
  'anm-sos': {
    title: 'Socialstyrelsen: barn som far illa',
    url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/barn-och-unga/barn-som-far-illa/',
  },
  'anm-kg-skola': {
    title: 'Kunskapsguiden: anmäla oro för barn (elevhälsan)',
    url: 'https://kunskapsguiden.se/omraden-och-teman/barn-och-unga/vagledning-for-elevhalsa/stodja-elever/barn-och-unga-som-riskerar-att-fara-illa/anmala-oro-for-barn/',
  },
  'anm-kg-skyldighet': {
    title: 'Kunskapsguiden: skyldighet att anmäla',
    url: 'https://kunskapsguiden.se/omraden-och-teman/vald-och-fortryck/vald-i-nara-relationer/skyldighet-att-anmala/',
  },
  'anm-barnafrid': {
    title: 'Barnafrid: anmälningsskyldigheten',
    url: 'http://www.barnafrid.se/vart-att-veta-om/anmalningsskyldigheten/',
  },
  'anm-jo': { title: 'JO-beslut om polisens anmälningsskyldighet', url: 'https://lagen.nu/avg/jo/682-2014' },
  'anm-2026': {
    title: 'Regeringen: nya regler för att skydda barn från januari 2026',
    url: 'https://www.regeringen.se/pressmeddelanden/2026/01/regeringen-starker-skyddet-for-barn-som-riskerar-att-fara-illa/',
  },
  'anm-prop': { title: 'Prop. 2025/26:12', url: 'http://data.riksdagen.se/dokument/HD0312.html' },
  'eh-kg': {
    title: 'Kunskapsguiden: elevhälsans ansvarsfördelning',
    url: 'https://kunskapsguiden.se/omraden-och-teman/barn-och-unga/vagledning-for-elevhalsa/ansvarsfordelning/',
  },
  'eh-uppsala': {
    title: 'Uppsala kommuns elevhälsa: skollagen',
    url: 'https://elevhalsan.uppsala.se/hem/till-e-handboken/medicinska-elevhalsan/lagar-och-riktlinjer/skollagen/',
  },
  'eh-sou': {
    title: 'SOU 2025:113 En förbättrad elevhälsa',
    url: 'https://www.riksdagen.se/sv/dokument-och-lagar/dokument/statens-offentliga-utredningar/en-forbattrad-elevhalsa_hdb3113/html',
  },
  'bk-lag': {
    title: 'Anhöriga.se: barnkonventionen är lag',
    url: 'https://anhoriga.se/stod--utbildning/fakta-om-anhoriga/fakta-om-barn-som-anhoriga/barnkonventionen-ar-lag/',
  },
  'bk-prop': { title: 'Prop. 2017/18:186 om barnkonventionen som lag', url: 'https://lagen.nu/prop/2017/18:186' },
  'bk-bo': {
    title: 'Barnombudsmannen: grundprinciperna',
    url: 'https://barnkonventionen-utb.barnombudsmannen.se/oversikt/grundprinciperna/barnets-basta',
  },

  // Swedish practice
  'hlt-region': {
    title: 'Region Västerbotten: HLT, Hälsa, Lärande och Trygghet',
    url: 'https://regionvasterbotten.se/folkhalsa/psykisk-halsa/hlt-halsa-larande-och-trygghet',
  },
  'hlt-modellen': {
    title: 'Region Västerbotten: HLT-modellen',
    url: 'https://regionvasterbotten.se/folkhalsa/psykisk-halsa/hlt-halsa-larande-och-trygghet/hlt-modellen',
  },
  'hlt-sos': {
    title: 'Socialstyrelsen: HLT-modellen',
    url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/barn-och-unga/unga-som-begar-brott/exempel-brottsforebyggande-metoder/hlt-modellen-halsa-larande-trygghet/',
  },
  'hlt-frivilligt': {
    title: 'Region Västerbotten: om HLT för familjer',
    url: 'https://www.regionvasterbotten.se/default.aspx?id=106581',
  },
  'hlt-vannas': {
    title: 'Vännäs kommun: Hälsa, lärande och trygghet för barn och unga',
    url: 'https://www.vannas.se/nyheter/nyhetsarkiv/2023-12-14-halsa-larande-och-trygghet-for-barn-och-unga',
  },
  'hlt-fou': { title: 'FoU Socialtjänst: HLT', url: 'https://fousocialtjanst.se/2021/04/01/hlt-halsa-larande-och-trygghet/' },
  'kron-process': {
    title: 'Region Kronoberg: Barnens bästa gäller! om processen',
    url: 'https://www.regionkronoberg.se/vardgivare/arbetsomraden-processer/barn-och-unga/barnens-basta-galler-i-kronoberg/om-processen/',
  },
  'kron-tidslinje': {
    title: 'Region Kronoberg: Barnens bästa gäller! i Kronobergs län',
    url: 'http://www.regionkronoberg.se/vardgivare/arbetsomraden-processer/folkhalsa/barn-och-unga2/barnens-basta-galler-i-kronobergs-lan/',
  },
  'sspf-sos': {
    title: 'Socialstyrelsen: SSPF',
    url: 'https://www.socialstyrelsen.se/kunskapsstod-och-regler/omraden/barn-och-unga/unga-som-begar-brott/exempel-brottsforebyggande-metoder/sspf-skola-socialtjanst-polis-fritid/',
  },
  'sspf-bra': {
    title: 'Brå: på väg mot bättre samverkan kring ungdomar',
    url: 'https://bra.se/om-bra/nytt-fran-bra/arkiv/nyheter/2015-10-29-pa-vag-mot-battre-samverkan-kring-ungdomar-.html',
  },
  'sspf-mjolby': {
    title: 'Mjölby kommun: SSPF',
    url: 'https://www.mjolby.se/omsorg-och-stod/familj-barn-och-ungdom/samverkan-mellan-skola-socialtjanst-polis-och-fritid-sspf',
  },
  'simba-kg': {
    title: 'Kunskapsguiden: SIMBA',
    url: 'https://kunskapsguiden.se/omraden-och-teman/barn-och-unga/tidiga-och-samordnade-insatser-tsi/forstarkt-forsta-linje/simba-ett-strukturerat-samarbete-for-forstarkt-forsta-linje-for-barn-och-unga-med-psykisk-ohalsa/',
  },
  'simba-vgr': {
    title: 'Vårdsamverkan: SIMBA-team',
    url: 'http://www.vardsamverkan.se/organisation/delregionalvardsamverkan/simba/Samverkansomraden/simba-team/',
  },
  'simba-cision': {
    title: 'Västra Götalandsregionen: SIMBA, pressmeddelande 2018',
    url: 'http://news.cision.com/se/vastra-gotalandsregionen/r/vastra-halso--och-sjukvardsnamnden--projekt-kring-samordnad-hjalp-till-barn-och-unga-med-psykisk-oha,c2510446',
  },
  'forsta-linje-kg': {
    title: 'Kunskapsguiden: förstärkt första linje',
    url: 'https://kunskapsguiden.se/omraden-och-teman/barn-och-unga/tidiga-och-samordnade-insatser-tsi/forstarkt-forsta-linje/',
  },
  'forsta-linje-skr': {
    title: 'SKR: elevhälsobaserad modell för första linjen',
    url: 'https://www.uppdragpsykiskhalsa.se/skola-och-elevhalsa/elevhalsa/elevhalsobaserad-modell-for-forsta-linjen/',
  },
  'fc-foreningen': {
    title: 'Föreningen för familjecentraler: vad är en familjecentral?',
    url: 'https://familjecentraler.se/foreningen/vad-ar-en-familjecentral/',
  },
  'fc-fohm': {
    title: 'Folkhälsomyndigheten: kartläggning av familjecentraler',
    url: 'https://www.folkhalsomyndigheten.se/livsvillkor-levnadsvanor/halsa-i-olika-grupper/barn-och-unga/familjecentraler-och-familjecentralsliknande-verksamheter/kartlaggning-av-familjecentraler-och-familjecentralsliknande-verksamheter/',
  },
  'skane-tsi': {
    title: 'Skånes kommuner: TSI',
    url: 'https://skaneskommuner.se/strategiska-omraden/halsa-social-valfard-och-omsorg/barn-och-unga/tsi-tidiga-samordnade-insatser/',
  },
  'uppsala-tsi': {
    title: 'Region Uppsala, FoU Socialtjänst: projektet TSI',
    url: 'https://regionuppsala.se/samverkanswebben/forskning-och-utbildning/fou-s/om-oss/projekt-tidiga-samordnade-insatser-for-barn-och-unga-tsi/',
  },
  'seminarium-2019': {
    title: 'Socialchefsdagarna 2019: seminarium om TSI',
    url: 'https://socialchefsdagarna.se/dokumentation/seminarier-2019/26-tidiga-och-samordnade-insatser-for-barn-och-unga/',
  },
  'prevention-fohm': {
    title: 'Folkhälsomyndigheten: vad är prevention?',
    url: 'https://www.folkhalsomyndigheten.se/livsvillkor-levnadsvanor/alkohol-narkotika-dopning-tobak-och-spel-andts/narkotika-och-halsofarliga-varor/forebyggande-arbete/vad-ar-prevention/',
  },

  // Data for the problem picture
  kolada: { title: 'Kolada', url: 'https://www.kolada.se/?_p=jamforelse&unit_id=16632' },
  'sv-statistik': {
    title: 'Skolverket: om statistiken per skolform',
    url: 'https://www.skolverket.se/skolutveckling/statistik/om-skolverkets-statistik/om-statistiken-per-skolform',
  },
  'fohm-skolbarn': {
    title: 'Folkhälsomyndigheten: Skolbarns hälsovanor',
    url: 'https://www.folkhalsomyndigheten.se/folkhalsorapportering-statistik/tolkad-rapportering/skolbarns-halsovanor/',
  },
  'lhu-uppsala': {
    title: 'Region Uppsala: Liv och hälsa ung',
    url: 'https://regionuppsala.se/samverkanswebben/samverkan-och-utveckling/regional-utveckling/regional-utveckling/liv-och-halsa-ung/',
  },
  'lhu-vastmanland': {
    title: 'Region Västmanland: Liv och hälsa ung',
    url: 'http://www.mynewsdesk.com/se/region-vastmanland/pressreleases/dags-foer-liv-och-haelsa-ung-undersoekningen-som-goer-skillnad-1735730',
  },
  stockholmsenkaten: {
    title: 'Länsstyrelsen Stockholm: Stockholmsenkäten',
    url: 'http://www.lansstyrelsen.se/stockholm/Sv/manniska-och-samhalle/folkhalsa/Pages/stockholmsenkaten.aspx?keyword=stockholmsenk%C3%A4ten',
  },
  'boverket-statistik': {
    title: 'Boverket: statistik för brottsförebyggande arbete',
    url: 'https://www.boverket.se/sv/samhallsplanering/stadsutveckling/brottsforebyggande-och-trygghetsskapande-atgarder/metoder/kunskapsinhamtning/statistik/',
  },
  'polisen-utsatta': { title: 'Polisen: utsatta områden', url: 'https://polisen.se/om-polisen/polisens-arbete/utsatta-omraden/' },
};
