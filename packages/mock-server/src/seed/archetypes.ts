/**
 * The kinds of initiative the seed draws from: French social and solidarity economy (ESS)
 * projects as the Pas-de-Calais sees them. Texts are templates; placeholders are filled by
 * `fillTemplate`: {nom} the initiative's name, {commune}, {de_commune} ("d'Arras"),
 * {a_commune} ("au Portel"), {porteur} the holder, {montant} the amount asked.
 */
import type { HolderKind } from '@budget-citoyen/sdk/schemas';
import type { ImageTheme } from './images.js';

export type SeedCategory = 'innovation-sociale' | 'cooperation' | 'pratiques-ess';

export interface Archetype {
  key: string;
  category: SeedCategory;
  names: readonly string[];
  title: string;
  summary: string;
  /** Paragraphs; the description joins them with a blank line. */
  paragraphs: readonly string[];
  tags: readonly string[];
  holders: ReadonlyArray<{ kind: HolderKind; name: string }>;
  image?: { theme: ImageTheme; alt: string };
}

export const ARCHETYPES: readonly Archetype[] = [
  // ── Innovation sociale ─────────────────────────────────────────────────────────────────
  {
    key: 'epicerie',
    category: 'innovation-sociale',
    names: ['Le Panier partagé', 'La Bonne Mesure', "L'Épi solidaire", 'Le Cabas du coin', 'La Halte gourmande'],
    title: 'Épicerie solidaire « {nom} » {a_commune}',
    summary:
      "Une épicerie où les familles aux revenus modestes achètent des produits frais et locaux à 20 % de leur prix, et où chacun peut donner un coup de main.",
    paragraphs: [
      "Beaucoup de familles {de_commune} renoncent aux fruits, aux légumes et aux produits frais en fin de mois. L'épicerie « {nom} » leur propose des produits à 20 % de leur prix, sur orientation des travailleurs sociaux, dans un magasin ouvert à tous où personne n'est montré du doigt.",
      "Les produits viennent en partie de producteurs du territoire, payés au juste prix, et des invendus de la grande distribution. Des ateliers de cuisine et de gestion du budget ont lieu chaque semaine dans l'arrière-boutique.",
      "Le budget demandé, {montant}, finance une chambre froide, les étagères et la caisse, ainsi que l'aménagement d'un coin café où les clients et les bénévoles se retrouvent.",
    ],
    tags: ['alimentation', 'solidarité', 'circuits courts'],
    holders: [
      { kind: 'association', name: 'Association {nom}' },
      { kind: 'association', name: 'Secours partagé {de_commune}' },
    ],
    image: { theme: 'basket', alt: "Illustration : un panier rempli de fruits et de légumes" },
  },
  {
    key: 'tiers-lieu',
    category: 'innovation-sociale',
    names: ['La Fabrique', 'Le Préau', 'La Grange commune', "L'Atelier du coin", 'La Maison Commune'],
    title: 'Tiers-lieu « {nom} » {a_commune}',
    summary:
      "Transformer un bâtiment vide en lieu ouvert : atelier partagé, permanence des services publics, espace de travail et salle pour les associations.",
    paragraphs: [
      "{porteur} veut redonner vie à un bâtiment inoccupé du centre {de_commune}. « {nom} » réunira sous un même toit un atelier de bricolage partagé, une permanence d'accès aux droits, quelques postes de travail et une salle que les associations pourront réserver gratuitement.",
      "Le lieu sera géré par ses usagers, réunis chaque mois pour décider de la programmation. Des habitants se sont déjà engagés à tenir l'accueil à tour de rôle.",
      "Les {montant} demandés couvrent la mise en sécurité électrique, le mobilier, l'équipement de l'atelier et une connexion à internet pour la première année.",
    ],
    tags: ['tiers-lieu', 'lien social', 'services de proximité'],
    holders: [
      { kind: 'collective', name: 'Collectif {nom}' },
      { kind: 'association', name: 'Association Vivre ensemble {a_commune}' },
    ],
    image: { theme: 'people', alt: 'Illustration : des personnes réunies autour d’une grande table' },
  },
  {
    key: 'habitat',
    category: 'innovation-sociale',
    names: ['Les Voisins de palier', 'Toit partagé', 'La Courée', 'Les Générations'],
    title: 'Habitat partagé intergénérationnel « {nom} »',
    summary:
      "Des logements où étudiants, jeunes travailleurs et personnes âgées vivent côte à côte et partagent une salle commune, un jardin et des services.",
    paragraphs: [
      "Dans une ancienne courée {de_commune}, « {nom} » propose six logements rénovés autour d'une salle commune et d'un jardin. Des personnes âgées y vivent aux côtés de jeunes qui s'engagent à offrir un peu de temps et de présence, en échange d'un loyer modéré.",
      "Une charte de vie commune a été écrite avec les futurs habitants. Un bailleur social apporte les logements ; le projet finance ce qui fait vivre le collectif.",
      "Le montant demandé, {montant}, équipe la salle commune (cuisine, mobilier, matériel numérique) et finance l'animation des premiers mois.",
    ],
    tags: ['logement', 'intergénérationnel', 'lien social'],
    holders: [
      { kind: 'ess-organisation', name: 'SCIC Habiter autrement' },
      { kind: 'association', name: 'Association {nom}' },
    ],
    image: { theme: 'house', alt: 'Illustration : une maison avec un jardin partagé' },
  },
  {
    key: 'mobilite',
    category: 'innovation-sociale',
    names: ['Roule ma poule', 'Cap Mobilité', 'La Navette solidaire', 'Mobil’Artois', 'En route'],
    title: 'Mobilité solidaire « {nom} »',
    summary:
      "Des bénévoles conduisent vers le médecin, l'emploi ou les courses les habitants sans voiture, et des scooters sont prêtés aux jeunes qui décrochent un premier travail.",
    paragraphs: [
      "Autour {de_commune}, beaucoup d'habitants n'ont ni voiture ni transport en commun à une heure utile. « {nom} » met en relation des conducteurs bénévoles et les personnes qui ont besoin d'un trajet, sur simple appel téléphonique.",
      "En complément, quatre scooters électriques seront prêtés pour trois mois aux jeunes qui commencent un emploi ou une formation, le temps pour eux de trouver une solution durable.",
      "Avec {montant}, le projet achète les scooters et leurs équipements, assure les véhicules et finance la permanence téléphonique.",
    ],
    tags: ['mobilité', 'emploi', 'ruralité'],
    holders: [
      { kind: 'association', name: 'Association {nom}' },
      { kind: 'ess-organisation', name: 'Régie de quartier {de_commune}' },
    ],
    image: { theme: 'bike', alt: 'Illustration : un vélo et un scooter sur une route de campagne' },
  },
  {
    key: 'garage',
    category: 'innovation-sociale',
    names: ['La Clé de douze', 'Roue de secours', 'Le Cric', 'Atelier Moteur'],
    title: 'Garage solidaire « {nom} » {a_commune}',
    summary:
      "Un garage où les personnes aux revenus modestes font réparer leur véhicule au prix des pièces, ou apprennent à l'entretenir elles-mêmes.",
    paragraphs: [
      "Sans voiture en état de rouler, pas d'emploi dans bien des communes du territoire. Le garage « {nom} » répare à petit prix les véhicules des personnes orientées par les services sociaux et propose des ateliers d'auto-réparation encadrés par un mécanicien.",
      "Le garage emploie des salariés en insertion, qui y préparent un titre professionnel de mécanicien.",
      "Le budget de {montant} finance un pont élévateur, une valise de diagnostic et l'outillage des postes d'auto-réparation.",
    ],
    tags: ['mobilité', 'insertion', 'réparation'],
    holders: [{ kind: 'ess-organisation', name: 'Atelier chantier d’insertion {nom}' }],
    image: { theme: 'wrench', alt: 'Illustration : une clé plate et un engrenage' },
  },
  {
    key: 'numerique',
    category: 'innovation-sociale',
    names: ['Le Bus des clics', 'Clic & Lien', 'Le Relais numérique', 'Écran ouvert'],
    title: 'Médiation numérique itinérante « {nom} »',
    summary:
      "Un véhicule équipé d'ordinateurs sillonne les villages pour aider les habitants dans leurs démarches en ligne et leur apprendre à se servir d'un smartphone.",
    paragraphs: [
      "Déclarer ses revenus, prendre un rendez-vous médical, suivre la scolarité de ses enfants : tout passe désormais par internet. « {nom} » se rend chaque semaine dans les villages autour {de_commune} avec des conseillers numériques et du matériel en libre accès.",
      "Les séances se tiennent dans les mairies et les salles des fêtes, sans inscription. Des ordinateurs reconditionnés sont aussi proposés à prix solidaire.",
      "Les {montant} demandés aménagent le véhicule (postes de travail, connexion, imprimante) et financent les premiers ordinateurs reconditionnés.",
    ],
    tags: ['numérique', 'accès aux droits', 'ruralité'],
    holders: [
      { kind: 'association', name: 'Association {nom}' },
      { kind: 'ess-organisation', name: 'Coopérative numérique du Pas-de-Calais' },
    ],
    image: { theme: 'screen', alt: 'Illustration : un ordinateur portable et un smartphone' },
  },
  {
    key: 'conciergerie',
    category: 'innovation-sociale',
    names: ['Le Coup de main', 'La Conciergerie des voisins', 'Service compris'],
    title: 'Conciergerie solidaire de quartier « {nom} »',
    summary:
      "Petits travaux, courses, dépôt de colis, garde d'animaux : une conciergerie de quartier qui rend service aux habitants et crée des emplois locaux.",
    paragraphs: [
      "« {nom} » rassemble en un point unique {de_commune} les petits services dont les habitants ont besoin : réception de colis, petits travaux, aide aux courses pour les personnes âgées, prêt d'outils.",
      "Les services sont payés selon les revenus ; ceux des ménages aisés financent ceux des ménages modestes. Deux emplois de concierge sont créés pour des habitants du quartier.",
      "Le projet demande {montant} pour l'aménagement du local, un triporteur électrique et le logiciel de réservation.",
    ],
    tags: ['services de proximité', 'emploi', 'quartier'],
    holders: [{ kind: 'ess-organisation', name: 'SCIC {nom}' }],
  },
  {
    key: 'cantine',
    category: 'innovation-sociale',
    names: ['La Table ouverte', 'Le Grand Couvert', "L'Assiette partagée", 'La Popote'],
    title: 'Cantine solidaire « {nom} »',
    summary:
      "Un restaurant à prix libre, cuisiné avec des habitants et des produits locaux, où l'on vient manger mais aussi apprendre à cuisiner.",
    paragraphs: [
      "Trois midis par semaine, « {nom} » sert un repas complet à prix libre {a_commune}. Les menus sont préparés par une cheffe et des habitants volontaires, avec des produits de saison achetés aux maraîchers voisins.",
      "Le lieu accueille aussi des ateliers de cuisine pour les jeunes et des repas de fête ouverts à tous.",
      "Avec {montant}, le projet équipe la cuisine aux normes (four, plonge, chambre froide) et achète la vaisselle réutilisable.",
    ],
    tags: ['alimentation', 'lien social', 'circuits courts'],
    holders: [
      { kind: 'association', name: 'Association {nom}' },
      { kind: 'collective', name: 'Collectif des cuisinières {de_commune}' },
    ],
    image: { theme: 'fork', alt: 'Illustration : une assiette, une fourchette et un couteau' },
  },
  {
    key: 'objets',
    category: 'innovation-sociale',
    names: ["L'Outilthèque", 'La Bricothèque', 'Prête-moi ta perceuse'],
    title: "Bibliothèque d'objets « {nom} » {a_commune}",
    summary:
      "Emprunter une perceuse, une tente ou une machine à raclette plutôt que l'acheter : une bibliothèque d'objets ouverte à tous pour une petite cotisation.",
    paragraphs: [
      "Une perceuse sert en moyenne douze minutes dans sa vie. « {nom} » prête aux habitants {de_commune} les objets dont on se sert rarement : outils, matériel de camping, appareils de cuisine, jeux.",
      "L'adhésion est à prix libre ; les objets sont vérifiés et réparés par des bénévoles. Un catalogue en ligne permet de réserver.",
      "Les {montant} demandés achètent le premier fonds de 300 objets, les étagères et le logiciel de prêt.",
    ],
    tags: ['économie circulaire', 'partage', 'consommation responsable'],
    holders: [{ kind: 'collective', name: 'Collectif {nom}' }],
  },

  // ── Coopération ────────────────────────────────────────────────────────────────────────
  {
    key: 'amap',
    category: 'cooperation',
    names: ['Les Paniers du marais', 'La Clé des champs', 'Terre d’Opale', 'Le Sillon', 'Les Jardins de la Lys'],
    title: 'AMAP « {nom} » {de_commune}',
    summary:
      "Une association pour le maintien d'une agriculture paysanne : des familles s'engagent à l'avance auprès de producteurs locaux, qui livrent chaque semaine un panier de saison.",
    paragraphs: [
      "L'AMAP « {nom} » relie une quarantaine de familles {de_commune} à trois producteurs installés à moins de vingt kilomètres : un maraîcher, une éleveuse de volailles et un boulanger paysan.",
      "Les familles paient leurs paniers à l'avance, ce qui assure aux producteurs un revenu stable. Des paniers solidaires à demi-tarif sont réservés aux foyers modestes, financés par une cotisation de soutien.",
      "Le budget de {montant} finance un local de distribution réfrigéré, des caisses réutilisables et la première année des paniers solidaires.",
    ],
    tags: ['alimentation', 'agriculture paysanne', 'circuits courts'],
    holders: [
      { kind: 'association', name: 'AMAP {nom}' },
      { kind: 'collective', name: 'Collectif des consom’acteurs {de_commune}' },
    ],
    image: { theme: 'basket', alt: 'Illustration : un panier de légumes de saison' },
  },
  {
    key: 'cafe',
    category: 'cooperation',
    names: ['Le Petit Zinc', 'Chez Nous', "L'Estaminet partagé", 'Le Comptoir des habitants', 'La Pause'],
    title: 'Café associatif « {nom} » {a_commune}',
    summary:
      "Rouvrir le dernier café du village sous forme associative : un lieu de rencontre, de concerts et de services, tenu par les habitants.",
    paragraphs: [
      "Le dernier café {de_commune} a fermé il y a trois ans. Des habitants se sont regroupés pour le rouvrir sous le nom « {nom} », sous forme associative, avec une licence et un local prêtés par la commune.",
      "On y viendra prendre un café, lire le journal, déposer un colis ou assister à un concert. Les associations du village y tiendront leurs réunions, et un point relais de producteurs locaux y sera installé.",
      "Les {montant} demandés financent la remise en état du bar, la cuisine et le petit matériel de sonorisation.",
    ],
    tags: ['lien social', 'ruralité', 'culture'],
    holders: [
      { kind: 'association', name: 'Association {nom}' },
      { kind: 'collective', name: 'Les habitants {de_commune}' },
    ],
    image: { theme: 'cup', alt: 'Illustration : une tasse de café fumante sur un comptoir' },
  },
  {
    key: 'jardin',
    category: 'cooperation',
    names: ['Les Mains vertes', 'Le Potager du terril', 'Les Jardins de la cité', 'Graine de quartier', 'Le Carré potager'],
    title: 'Jardin partagé « {nom} » {a_commune}',
    summary:
      "Une friche devient un jardin cultivé ensemble par les habitants, les écoles et une maison de retraite voisine.",
    paragraphs: [
      "Au pied des immeubles {de_commune}, une friche de 2 000 m² attend depuis des années. Les habitants veulent en faire « {nom} » : des parcelles individuelles, une grande parcelle collective, un verger et une mare.",
      "Les écoles du quartier et la maison de retraite voisine auront chacune leurs bacs, surélevés pour être accessibles en fauteuil. Les récoltes de la parcelle collective iront à l'épicerie solidaire.",
      "Le projet demande {montant} pour la clôture, l'abri de jardin, les bacs surélevés, la récupération d'eau de pluie et les premiers arbres fruitiers.",
    ],
    tags: ['jardin', 'environnement', 'quartier'],
    holders: [
      { kind: 'collective', name: 'Collectif {nom}' },
      { kind: 'citizen', name: '{personne}' },
    ],
    image: { theme: 'leaf', alt: 'Illustration : des feuilles et une pousse qui sort de terre' },
  },
  {
    key: 'groupement',
    category: 'cooperation',
    names: ['VRAC Artois', 'Le Groupement des quartiers', 'À plusieurs'],
    title: "Groupement d'achats coopératif « {nom} »",
    summary:
      "Acheter ensemble, en gros et directement aux producteurs, des produits bio et locaux pour les revendre au prix coûtant aux habitants des quartiers populaires.",
    paragraphs: [
      "« {nom} » réunit les habitants de plusieurs quartiers {de_commune} pour acheter ensemble des produits de qualité : farine, huile, légumes secs, produits d'entretien. En achetant en gros et sans intermédiaire, les prix baissent de 30 %.",
      "Les commandes sont passées chaque mois et distribuées dans les centres sociaux partenaires. Chacun participe selon ses moyens à la logistique.",
      "Le budget de {montant} finance le matériel de stockage et de pesée, les contenants réutilisables et un véhicule utilitaire d'occasion.",
    ],
    tags: ['alimentation', 'pouvoir d’achat', 'coopération'],
    holders: [{ kind: 'association', name: 'Association {nom}' }],
  },
  {
    key: 'coworking',
    category: 'cooperation',
    names: ['La Ruche rurale', "L'Établi", 'Le Bureau des champs'],
    title: 'Espace de travail partagé coopératif « {nom} »',
    summary:
      "Un espace de travail partagé en milieu rural, géré en coopérative par ses membres : bureaux, salle de réunion et visioconférence à deux pas de chez soi.",
    paragraphs: [
      "Indépendants, salariés en télétravail et créateurs d'entreprise {de_commune} font chaque jour une heure de route faute de lieu pour travailler près de chez eux. « {nom} » leur offrira douze postes de travail, une salle de réunion et une cuisine.",
      "La société coopérative associe les utilisateurs, la commune et des entreprises locales ; les bénéfices sont réinvestis dans l'animation du lieu.",
      "Les {montant} demandés financent le mobilier, le réseau et l'équipement de visioconférence.",
    ],
    tags: ['emploi', 'ruralité', 'coopération'],
    holders: [{ kind: 'ess-organisation', name: 'SCIC {nom}' }],
    image: { theme: 'people', alt: 'Illustration : des bureaux partagés et des plantes vertes' },
  },
  {
    key: 'halle',
    category: 'cooperation',
    names: ['La Halle paysanne', 'Le Marché des producteurs', 'Saveurs de l’Audomarois'],
    title: 'Magasin de producteurs en circuit court « {nom} »',
    summary:
      "Quinze fermes du territoire ouvrent ensemble un magasin où elles vendent elles-mêmes leurs produits, à un prix juste pour elles et pour les clients.",
    paragraphs: [
      "Quinze exploitations agricoles autour {de_commune} se sont associées pour ouvrir « {nom} ». Chaque ferme tient le magasin à tour de rôle ; les clients trouvent viande, légumes, produits laitiers et pain au même endroit.",
      "Le magasin accepte les chèques alimentaires des centres sociaux et propose chaque semaine des invendus à petit prix.",
      "Le projet demande {montant} pour les vitrines réfrigérées, la caisse et l'aménagement de l'entrée accessible.",
    ],
    tags: ['agriculture paysanne', 'circuits courts', 'coopération'],
    holders: [{ kind: 'ess-organisation', name: 'Coopérative {nom}' }],
    image: { theme: 'basket', alt: 'Illustration : un étal de fruits et de légumes' },
  },
  {
    key: 'artisans',
    category: 'cooperation',
    names: ['Les Mains habiles', "L'Atelier des artisans", 'Le Fil et la Forge'],
    title: "Atelier coopératif d'artisans « {nom} »",
    summary:
      "Des artisans partagent un atelier, des machines coûteuses et une boutique commune, et forment des jeunes du territoire à leurs métiers.",
    paragraphs: [
      "Menuisière, tapissier, céramiste, couturière : seuls, ils ne peuvent s'offrir ni un grand atelier ni des machines professionnelles. Ensemble, ils ouvrent « {nom} » {a_commune}, un atelier partagé doublé d'une boutique.",
      "Chaque année, l'atelier accueillera quatre apprentis et proposera des stages de découverte aux collégiens.",
      "Les {montant} demandés financent une scie à format, une aspiration des poussières et l'aménagement de la boutique.",
    ],
    tags: ['artisanat', 'emploi', 'formation'],
    holders: [{ kind: 'ess-organisation', name: "Coopérative d'activité {nom}" }],
    image: { theme: 'wrench', alt: "Illustration : des outils d'artisan sur un établi" },
  },

  // ── Pratiques de l'ESS ─────────────────────────────────────────────────────────────────
  {
    key: 'repair',
    category: 'pratiques-ess',
    names: ['Repair café', 'Répar’Café', 'Le Tournevis', 'Rien ne se jette'],
    title: 'Repair café {de_commune}',
    summary:
      "Une fois par mois, des bénévoles aident les habitants à réparer eux-mêmes leurs appareils, vêtements et vélos, autour d'un café.",
    paragraphs: [
      "Un grille-pain qui ne chauffe plus, un pantalon déchiré, une lampe qui clignote : plutôt que de jeter, les habitants {de_commune} viennent les réparer avec l'aide de bénévoles bricoleurs, chaque premier samedi du mois.",
      "En deux ans d'existence informelle, le repair café a évité la poubelle à plus de 600 objets. Il veut maintenant s'équiper et ouvrir une seconde séance en semaine.",
      "Le budget de {montant} finance l'outillage (stations de soudure, multimètres, machines à coudre) et des caisses de rangement transportables.",
    ],
    tags: ['réparation', 'économie circulaire', 'zéro déchet'],
    holders: [
      { kind: 'collective', name: 'Collectif {nom} {de_commune}' },
      { kind: 'citizen', name: '{personne}' },
    ],
    image: { theme: 'wrench', alt: 'Illustration : un tournevis et une prise électrique' },
  },
  {
    key: 'recyclerie',
    category: 'pratiques-ess',
    names: ['La Deuxième Vie', 'Le Grenier solidaire', 'Récup’Opale', 'La Trouvaille'],
    title: 'Recyclerie « {nom} » {a_commune}',
    summary:
      "Collecter les objets dont on ne veut plus, les remettre en état et les revendre à petit prix, en créant des emplois en insertion.",
    paragraphs: [
      "La recyclerie « {nom} » collecte meubles, vaisselle, jouets et livres, les trie, les nettoie et les revend à petit prix dans sa boutique {de_commune}. Ce qui ne peut être réparé est démonté et recyclé.",
      "Huit salariés en parcours d'insertion y travaillent, accompagnés vers un emploi durable. Des ateliers de relooking de meubles sont ouverts au public.",
      "Avec {montant}, le projet achète un camion de collecte d'occasion et aménage l'atelier de remise en état.",
    ],
    tags: ['économie circulaire', 'insertion', 'réemploi'],
    holders: [{ kind: 'ess-organisation', name: 'Recyclerie {nom}' }],
    image: { theme: 'recycle', alt: 'Illustration : trois flèches en boucle, symbole du recyclage' },
  },
  {
    key: 'ressourcerie',
    category: 'pratiques-ess',
    names: ['La Ressourcerie créative', 'Matière à créer', 'Le Stock'],
    title: 'Ressourcerie de matériaux « {nom} »',
    summary:
      "Récupérer les chutes de bois, de tissu et de papier des entreprises pour les mettre à la disposition des écoles, des associations et des artistes.",
    paragraphs: [
      "Chaque semaine, les entreprises {de_commune} jettent des tonnes de matériaux réutilisables. « {nom} » les collecte et les revend au poids, à très bas prix, aux écoles, aux centres de loisirs, aux associations et aux artistes.",
      "Des ateliers de création à partir de matériaux de récupération sont proposés aux familles pendant les vacances scolaires.",
      "Les {montant} demandés financent les rayonnages, une balance, le transport et l'outillage de l'atelier.",
    ],
    tags: ['réemploi', 'culture', 'économie circulaire'],
    holders: [{ kind: 'association', name: 'Association {nom}' }],
    image: { theme: 'recycle', alt: 'Illustration : des rouleaux de tissu et des planches de bois' },
  },
  {
    key: 'velo',
    category: 'pratiques-ess',
    names: ['La Rustine', 'Cycl’Opale', 'Le Dérailleur', 'La Roue libre'],
    title: 'Atelier vélo participatif « {nom} »',
    summary:
      "Apprendre à réparer son vélo, en récupérer un à petit prix, et se remettre en selle : un atelier associatif pour les cyclistes de tous âges.",
    paragraphs: [
      "À « {nom} », chacun répare son vélo lui-même, avec les outils de l'atelier et les conseils de mécaniciens bénévoles. Les vélos abandonnés sont remis en état et vendus à petit prix aux étudiants et aux demandeurs d'emploi {de_commune}.",
      "Des séances de remise en selle sont organisées pour les adultes qui n'ont jamais appris ou n'osent plus rouler.",
      "Le budget de {montant} équipe trois postes de réparation, achète un stock de pièces d'occasion et une remorque pour les ateliers mobiles.",
    ],
    tags: ['mobilité', 'réparation', 'environnement'],
    holders: [
      { kind: 'association', name: 'Association {nom}' },
      { kind: 'collective', name: 'Collectif vélo {de_commune}' },
    ],
    image: { theme: 'bike', alt: 'Illustration : un vélo sur un pied d’atelier' },
  },
  {
    key: 'compost',
    category: 'pratiques-ess',
    names: ['Le Compost des voisins', 'Humus', 'Ver de terre & Cie'],
    title: 'Compostage collectif de quartier « {nom} »',
    summary:
      "Installer des composteurs collectifs au pied des immeubles et former des habitants guides composteurs, pour réduire d'un tiers les déchets de la poubelle.",
    paragraphs: [
      "Un tiers de nos poubelles est fait de déchets de cuisine qui pourraient devenir du compost. « {nom} » installe six sites de compostage partagé dans les quartiers {de_commune}, chacun suivi par deux habitants formés comme guides composteurs.",
      "Le compost produit est distribué aux jardins partagés et aux habitants volontaires.",
      "Les {montant} demandés financent les composteurs, les bio-seaux distribués aux familles, la signalétique et la formation des guides.",
    ],
    tags: ['zéro déchet', 'environnement', 'quartier'],
    holders: [
      { kind: 'citizen', name: '{personne}' },
      { kind: 'collective', name: 'Collectif {nom}' },
    ],
    image: { theme: 'leaf', alt: 'Illustration : un composteur en bois entouré de feuilles' },
  },
  {
    key: 'friperie',
    category: 'pratiques-ess',
    names: ['Fil à fil', 'La Penderie solidaire', 'Seconde Main', 'Le Vestiaire'],
    title: 'Friperie solidaire « {nom} » {a_commune}',
    summary:
      "Des vêtements de seconde main triés, réparés et vendus à petit prix, et un atelier couture pour apprendre à transformer ses habits.",
    paragraphs: [
      "La friperie « {nom} » collecte les vêtements dont les habitants {de_commune} ne veulent plus. Triés et réparés par une équipe de bénévoles, ils sont vendus entre 1 et 5 euros.",
      "Un atelier de couture permet d'apprendre à repriser, ajuster ou transformer un vêtement. Les vêtements invendables sont transformés en sacs et en chiffons.",
      "Avec {montant}, le projet achète trois machines à coudre, une surjeteuse, des portants et l'enseigne de la boutique.",
    ],
    tags: ['réemploi', 'textile', 'solidarité'],
    holders: [{ kind: 'association', name: 'Association {nom}' }],
    image: { theme: 'recycle', alt: 'Illustration : des vêtements suspendus à un portant' },
  },
  {
    key: 'maraichage',
    category: 'pratiques-ess',
    names: ['Les Jardins de Cocagne', 'Terres d’avenir', 'Le Champ des possibles'],
    title: "Maraîchage bio en chantier d'insertion « {nom} »",
    summary:
      "Cultiver des légumes bio sur deux hectares avec des personnes éloignées de l'emploi, et les vendre en paniers aux habitants.",
    paragraphs: [
      "« {nom} » cultive des légumes biologiques sur deux hectares {a_commune}, avec douze salariés en contrat d'insertion. Chacun y apprend le maraîchage et est accompagné dans son projet professionnel.",
      "Les légumes sont vendus en paniers hebdomadaires aux habitants et aux restaurants scolaires du secteur.",
      "Le budget de {montant} finance une serre froide, un système d'irrigation économe et une chambre froide pour la conservation des récoltes.",
    ],
    tags: ['insertion', 'agriculture biologique', 'alimentation'],
    holders: [{ kind: 'ess-organisation', name: 'Chantier d’insertion {nom}' }],
    image: { theme: 'leaf', alt: 'Illustration : des rangs de légumes sous une serre' },
  },
  {
    key: 'vrac',
    category: 'pratiques-ess',
    names: ['Le Bocal', 'En Vrac', 'Zéro Carton'],
    title: 'Boutique associative zéro déchet « {nom} »',
    summary:
      "Une boutique associative de produits en vrac, sans emballage jetable, et des ateliers pour fabriquer ses produits ménagers.",
    paragraphs: [
      "« {nom} » vend en vrac, {a_commune}, des produits d'épicerie et d'hygiène, avec des contenants consignés. Les adhérents tiennent la boutique à tour de rôle, ce qui permet des prix proches de ceux de la grande distribution.",
      "Des ateliers gratuits montrent comment fabriquer lessive, savon ou produits d'entretien à partir d'ingrédients simples.",
      "Les {montant} demandés financent les silos de distribution, la balance étiqueteuse et le stock de bocaux consignés.",
    ],
    tags: ['zéro déchet', 'consommation responsable', 'alimentation'],
    holders: [{ kind: 'association', name: 'Association {nom}' }],
  },
];

/**
 * Dossiers the committee rejected (or would): real-looking requests that fall outside the
 * call — commercial, private, or for a single person's benefit — each with its reason.
 */
export interface RejectedArchetype {
  title: string;
  summary: string;
  paragraphs: readonly string[];
  proposedCategory: SeedCategory;
  holder: { kind: HolderKind; name: string };
  reason: string;
}

export const REJECTED: readonly RejectedArchetype[] = [
  {
    title: 'Rénovation de la vitrine de ma boutique {de_commune}',
    summary: 'Refaire la devanture et l’enseigne de mon commerce de centre-ville pour attirer plus de clients.',
    paragraphs: [
      "Je tiens depuis dix ans une boutique de prêt-à-porter {a_commune}. La devanture est vieillissante et l'enseigne ne s'allume plus.",
      'Le budget demandé, {montant}, financerait une nouvelle vitrine et une enseigne lumineuse.',
    ],
    proposedCategory: 'innovation-sociale',
    holder: { kind: 'citizen', name: '{personne}' },
    reason:
      "Le projet concerne une activité commerciale à but lucratif au bénéfice d'une seule entreprise ; il n'entre pas dans le champ de l'économie sociale et solidaire défini par le règlement.",
  },
  {
    title: 'Festival de musiques électroniques sur la plage',
    summary: 'Un week-end de concerts électro sur la plage, avec des artistes internationaux.',
    paragraphs: [
      'Nous voulons organiser un grand festival de musiques électroniques sur deux jours, avec une programmation internationale.',
      'Les {montant} demandés couvriraient les cachets des artistes.',
    ],
    proposedCategory: 'cooperation',
    holder: { kind: 'association', name: 'Association Sunset Events' },
    reason:
      "Le projet est un événement ponctuel dont le budget sert principalement à rémunérer des artistes ; le règlement réserve le budget citoyen aux investissements durables portés par une démarche d'ESS.",
  },
  {
    title: "Achat d'un minibus pour le club de football",
    summary: 'Un minibus neuf pour conduire les équipes de jeunes aux matchs à l’extérieur.',
    paragraphs: [
      'Notre club compte 180 licenciés, dont 120 jeunes. Les parents ne peuvent pas toujours les conduire aux matchs.',
      'Le montant demandé, {montant}, correspond au prix d’un minibus neuf de neuf places.',
    ],
    proposedCategory: 'cooperation',
    holder: { kind: 'association', name: 'Union sportive {de_commune}' },
    reason:
      "L'achat d'un véhicule pour une association sportive relève des dispositifs d'aide au sport du Département ; le dossier ne présente pas de dimension d'économie sociale et solidaire.",
  },
  {
    title: 'Panneaux solaires sur le toit de ma maison',
    summary: 'Installer des panneaux photovoltaïques pour réduire ma facture et produire une énergie propre.',
    paragraphs: [
      "Je souhaite équiper ma maison {de_commune} de panneaux solaires, pour l'environnement et pour réduire mes dépenses.",
      'Le devis s’élève à {montant}.',
    ],
    proposedCategory: 'pratiques-ess',
    holder: { kind: 'citizen', name: '{personne}' },
    reason:
      "Le projet bénéficie à un seul foyer. Le budget citoyen finance des projets collectifs ouverts aux habitants ; nous vous invitons à vous rapprocher de l'Espace conseil France Rénov' pour les aides à la rénovation énergétique.",
  },
  {
    title: "Application mobile de rencontres entre voisins",
    summary: 'Développer une application pour que les voisins se rencontrent et s’échangent des services.',
    paragraphs: [
      "Notre start-up développe une application de mise en relation entre voisins, financée à terme par la publicité.",
      'Le budget de {montant} financerait le développement de la version Android.',
    ],
    proposedCategory: 'innovation-sociale',
    holder: { kind: 'citizen', name: '{personne}' },
    reason:
      "Le porteur est une société commerciale dont le modèle repose sur la publicité ; la gouvernance et la lucrativité du projet ne répondent pas aux critères de l'ESS.",
  },
  {
    title: 'Feu d’artifice du 14 Juillet',
    summary: 'Un grand feu d’artifice pour la fête nationale, ouvert à tous les habitants.',
    paragraphs: ['Le comité des fêtes souhaite offrir aux habitants {de_commune} un feu d’artifice exceptionnel.', 'Coût : {montant}.'],
    proposedCategory: 'cooperation',
    holder: { kind: 'association', name: 'Comité des fêtes {de_commune}' },
    reason: "Le projet est une dépense de fonctionnement ponctuelle, que le règlement du budget citoyen exclut.",
  },
];

export const FIRST_NAMES: readonly string[] = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Emma', 'Inès', 'Sarah', 'Julie', 'Clara', 'Zoé', 'Louise', 'Jade',
  'Lucie', 'Anaïs', 'Océane', 'Mélanie', 'Nathalie', 'Sandrine', 'Isabelle', 'Sylvie', 'Martine', 'Françoise',
  'Monique', 'Christine', 'Aurélie', 'Élodie', 'Céline', 'Virginie', 'Amandine', 'Justine', 'Maëlys', 'Noémie',
  'Thomas', 'Lucas', 'Hugo', 'Théo', 'Nathan', 'Maxime', 'Antoine', 'Julien', 'Nicolas', 'Kévin', 'Florian',
  'Alexandre', 'Romain', 'Quentin', 'Mathis', 'Enzo', 'Louis', 'Gabriel', 'Jules', 'Arthur', 'Raphaël',
  'Jean-Pierre', 'Jean-Claude', 'Michel', 'Philippe', 'Alain', 'Bernard', 'Didier', 'Patrick', 'Thierry',
  'Dominique', 'Pascal', 'Frédéric', 'Stéphane', 'Sébastien', 'Jérôme', 'Benoît', 'Grégory', 'Yannick',
  'Mohamed', 'Karim', 'Yasmine', 'Nadia', 'Samir', 'Fatima', 'Rachid', 'Leïla', 'Bastien', 'Cédric', 'Margaux',
  'Pauline', 'Charlotte', 'Marie', 'Anne', 'Hélène', 'Valérie', 'Gaëlle', 'Solène', 'Perrine', 'Ludovic',
];

export const LAST_NAMES: readonly string[] = [
  'Lefebvre', 'Dubois', 'Leroy', 'Lefèvre', 'Delattre', 'Dupont', 'Caron', 'Lemaire', 'Duhamel', 'Vasseur',
  'Lecomte', 'Deldicque', 'Dewailly', 'Delcourt', 'Carpentier', 'Lebrun', 'Delannoy', 'Fournier', 'Dumont',
  'Bertin', 'Leclercq', 'Lenoir', 'Hochart', 'Wimet', 'Flament', 'Boulanger', 'Descamps', 'Desmaretz',
  'Lemoine', 'Demarthe', 'Vandenbussche', 'Van Damme', 'Verhaeghe', 'Dekeyser', 'Wattel', 'Bouchart',
  'Lagache', 'Delbecq', 'Ramet', 'Cuvelier', 'Becquet', 'Choquet', 'Dujardin', 'Evrard', 'Gosselin',
  'Hennebelle', 'Jacquart', 'Lambin', 'Maillard', 'Mouton', 'Noël', 'Petit', 'Poulain', 'Queval', 'Roussel',
  'Sailly', 'Trannoy', 'Vion', 'Wiart', 'Baillet', 'Kowalski', 'Nowak', 'Wisniewski', 'Benali', 'Haddad',
  'Martin', 'Bernard', 'Thomas', 'Robert', 'Richard', 'Durand', 'Moreau', 'Laurent', 'Simon', 'Michel',
  'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Morel', 'Girard', 'André', 'Mercier', 'Blanc',
  'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Perrin', 'Robin', 'Clément',
];
