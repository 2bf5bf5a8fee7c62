import { createDotsubClient } from "@apispec/dotsub";
import { updateProjectGlossary } from "@apispec/dotsub/operations";

const dotsub = createDotsubClient({
  clientId: process.env.DOTSUB_CLIENT_ID!,
  clientSecret: process.env.DOTSUB_CLIENT_SECRET!,
});

// Update a project glossary.
// The same call by path: dotsub.PUT("/api/projects/{projectId}/glossaries/{glossaryId}", init)
const { data, error, status } = await updateProjectGlossary(dotsub, {
  params: {
    path: {
      projectId: "1",
      glossaryId: "1",
    },
  },
  body: {
    glossaryFile: "en-US,fr-FR,it-IT,es-ES\nAdapter,Adaptateur,adattatore,adaptador\nadapter,adaptateur,adattatore,adaptador\ncaution,attention,attenzione,precaución\nCaution,see O4,attenzione,precaución\nGun,Pistolet,pistola,pistola\ngun,pistolet,pistola,pistola\nLabel,Étiquette,etichetta,etiqueta\nlabel,étiquette,etichettare,etiqueta\nManifold,Collecteur,collettore,\"colector, múltiple\"\nmanifold,embase,collettore,\"colector, múltiple\"\npin,\"fiche, goupille, broche, cheville, tenon, tige\",pin,\"clavija (eléctrica), pasador, vástago, perno (no roscado), patilla, pin (electrónica)\"\nPin,Goupille,perno,\"clavija (eléctrica), pasador, vástago, perno (no roscado), patilla, pin (electrónica)\"\nPlug,Bougie,tappo,\"enchufe, tapón\"\nPlug,\"fiche, goupille, broche, cheville, tenon, tige\",connettore,\"enchufe, tapón\"\nplug,\"not \"\"prise\"\", but fiche, goupille, broche, cheville, tenon, tige\",spina,\"enchufe, tapón\"\nspring,ressort,molla,\"muelle, resorte\"\nSpring,Ressort,Molla,elástico(a)\nSwivel,Pivot,girevole,giratoria(o)\nswivel,\"raccord tournant, articulation\",raccordo girevole,giratoria(o)\nTag,Étiquette,tag,\"etiqueta, marca\"\ntag,\"balise, marque\",etichetta,\"etiqueta, marca\"\ntechnical data,données techniques,dati tecnici,característica/información/datos técnicos(as)\nTechnical Data,Données techniques,Dati tecnici,características/información/datos técnicos(as)\nTroubleshooting,Dépannage,Ricerca e riparazione dei guasti,Resolución de problemas\ntroubleshooting,dépannage,risoluzione dei problemi,Resolución de problemas\nbuna-N,buna-N,buna-N,buna-N\nbuna-S,buna-S,buna-S,buna-S\nbar,bar,bar,bar\nMpa,MPa,Mpa,Mpa\nwaterbased,\"aqueux, aqueuse\",a base d'acqua,\"en base acuosa, a base de agua, medio acuoso\"\nwaterborne,à l'eau,a base acquosa,\"en base acuosa, a base de agua, medio acuoso\"\n\"1,1,1-trichloro-ethane\",\"1,1,1-trichloroéthane\",\"1,1,1-tricloro-etano\",\"tricloroetano 1,1,1\"\n4-ball piston design,piston à 4 billes,design a pistone a 4 sfere,pistón de 4 bolas\n700 Series Hose Reels,Dévidoirs de la série 700,avvolgitubo Serie 700,Carretes para mangueras serie 700\n7900 HD,7900 HD,7900 HD,7900 HD\nAAF tip line,gamme de buses AAF,linea di ugelli AAF,línea de boquillas AAF\nabrasion resistance,résistance à l'abrasion,resistenza all'abrasione,resistencia a la abrasión\nabrasive applications,applications abrasives,applicazioni abrasive,aplicaciones abrasivas\nabrasive fillers,produits de remplissage abrasifs,\"cariche riempitive abrasive, cariche abrasive\",rellenos abrasivos\nabrasive materials,matériaux abrasifs,materiali abrasivi,materiales abrasivos\n",
    glossaryPayload: {
      name: "Sample Glossary One",
      projectDefault: false,
    },
  },
});
if (error) throw new Error(`updateProjectGlossary failed with HTTP ${status}`);
console.log(data);
