/**
 * Name parts by region for the search benchmark's synthetic population, written by hand: each
 * part as `Latin|native` (the Latin may list spellings seen in registers, most common first:
 * `Mohammad/Mohd./Md.|मोहम्मद`). Lists run roughly from the most to the least common part, and
 * the generator draws from them with falling weights, so a million persons have realistic
 * repetition: many Ramesh Kumars and Sunita Devis, few Haradhan Pramaniks.
 *
 * Templates say how a region builds a name (weights in %):
 *   G  the person's given name        F  the father's given name     S  the family name
 *   X. the initial of X               =a|b  a fixed part (Kumar, Devi, Kaur …)
 *   X~a|b  X with a suffix written on (Bharat~bhai|ભાઈ → Bharatbhai, ભરતભાઈ)
 * Father's names use the same tokens, seen from the father (G is then the grandfather's name).
 */

export interface Region {
  id: string;
  label: string;
  /** Share of the population. */
  share: number;
  /** The Indian script the region's names are also written in, or null (Latin only). */
  script: string | null;
  male: string;
  female: string;
  surnames: string;
  maleTemplates: [string, number][];
  femaleTemplates: [string, number][];
  fatherTemplates: [string, number][];
  districts: string;
}

export const REGIONS: Region[] = [
  {
    id: 'north',
    label: 'North Indian Hindu',
    share: 0.28,
    script: 'Devanagari',
    male: `Ramesh|रमेश Suresh|सुरेश Rajesh|राजेश Santosh|संतोष Sanjay|संजय Manoj|मनोज Mukesh|मुकेश Dinesh|दिनेश Rakesh|राकेश
      Anil|अनिल Sunil|सुनील Vijay|विजय Ajay|अजय Ravi|रवि Amit|अमित Rahul|राहुल Deepak|दीपक Pankaj|पंकज Ashok|अशोक Vinod|विनोद
      Pramod|प्रमोद Mahesh|महेश Ram|राम Shyam|श्याम Mohan|मोहन Sohan|सोहन Gopal|गोपाल Krishna|कृष्णा Raju|राजू Pappu|पप्पू
      Bablu|बबलू Guddu|गुड्डू Rinku|रिंकू Sonu|सोनू Monu|मोनू Ankit|अंकित Vikas|विकास Vivek|विवेक Alok|आलोक Awadhesh|अवधेश
      Brijesh|बृजेश Kamlesh|कमलेश Umesh|उमेश Naresh|नरेश Jitendra|जितेंद्र Dharmendra|धर्मेंद्र Surendra|सुरेंद्र Narendra|नरेंद्र
      Virendra/Veerendra|वीरेंद्र Rajendra|राजेंद्र Mahendra|महेंद्र Shailendra|शैलेंद्र Satish|सतीश Harish|हरीश Shiv|शिव Shivam|शिवम
      Shubham|शुभम Saurabh|सौरभ Gaurav|गौरव Abhishek|अभिषेक Prakash|प्रकाश Hariom|हरिओम Ramkishan|रामकिशन Ramnaresh|रामनरेश
      Lalit|ललित Mithilesh|मिथिलेश Akhilesh|अखिलेश Ravindra|रविंद्र Yogesh|योगेश Dilip|दिलीप Bhola|भोला Chhotelal|छोटेलाल
      Munna|मुन्ना Sachin|सचिन Nitin|नितिन Manish|मनीष Ashish|आशीष Praveen/Pravin|प्रवीण Naveen|नवीन Arvind|अरविंद Sudhir|सुधीर
      Ramashankar|रामाशंकर Shivshankar|शिवशंकर Ramchandra|रामचंद्र Jagdish|जगदीश Kailash|कैलाश Ramesh|रमेश Devendra|देवेंद्र
      Upendra|उपेंद्र Birju|बिरजू Lallan|ललन Chandan|चंदन Kundan|कुंदन Nand|नंद Kishore|किशोर Baijnath|बैजनाथ Sitaram|सीताराम
      Radheshyam|राधेश्याम Rajkumar|राजकुमार Omprakash|ओमप्रकाश Shambhu|शंभू Tribhuvan|त्रिभुवन Indrajeet|इंद्रजीत`,
    female: `Sunita|सुनीता Anita|अनीता Savita|सविता Kavita|कविता Geeta/Gita|गीता Seema|सीमा Rekha|रेखा Neha|नेहा Pooja/Puja|पूजा
      Priyanka|प्रियंका Rani|रानी Suman|सुमन Usha|उषा Asha|आशा Manju|मंजू Anju|अंजू Sarita|सरिता Kiran|किरण Meena|मीना Reena|रीना
      Shanti|शांति Kamla|कमला Urmila|उर्मिला Pushpa|पुष्पा Saroj|सरोज Radha|राधा Sita|सीता Rita|रीता Nisha|निशा Jyoti|ज्योति
      Preeti/Priti|प्रीति Mamta|ममता Sangeeta|संगीता Poonam|पूनम Sapna|सपना Komal|कोमल Ritu|रितु Renu|रेणु Babita|बबीता
      Sushma|सुषमा Shobha|शोभा Lakshmi|लक्ष्मी Phoolmati|फूलमती Rampyari|रामप्यारी Guddi|गुड्डी Khushboo|खुशबू Anjali|अंजलि
      Shalini|शालिनी Vandana|वंदना Archana|अर्चना Aarti/Arti|आरती Rinki|रिंकी Kusum|कुसुम Sudha|सुधा Lalita|ललिता Maya|माया
      Chanda|चंदा Munni|मुन्नी Bindu|बिंदु Parvati|पार्वती Durga|दुर्गा Kalawati|कलावती Shakuntala|शकुंतला Nirmala|निर्मला`,
    surnames: `Kumar|कुमार Singh|सिंह Yadav|यादव Sharma|शर्मा Verma|वर्मा Gupta|गुप्ता Mishra|मिश्रा Tiwari|तिवारी Pandey|पांडेय
      Shukla|शुक्ला Prasad|प्रसाद Dubey|दुबे Tripathi|त्रिपाठी Srivastava|श्रीवास्तव Chauhan|चौहान Ram|राम Paswan|पासवान
      Kushwaha|कुशवाहा Maurya|मौर्य Patel|पटेल Jaiswal|जायसवाल Agarwal|अग्रवाल Saxena|सक्सेना Rai|राय Jha|झा Thakur|ठाकुर
      Chaudhary|चौधरी Jatav|जाटव Kashyap|कश्यप Nishad|निषाद Pal|पाल Sahu|साहू Rajput|राजपूत Rawat|रावत Bisht|बिष्ट Negi|नेगी
      Upadhyay|उपाध्याय Dwivedi|द्विवेदी Chaturvedi|चतुर्वेदी Bajpai|बाजपेई Awasthi|अवस्थी Dixit|दीक्षित Soni|सोनी Lodhi|लोधी
      Mahto|महतो Mandal|मंडल Sah|साह Baghel|बघेल Valmiki|वाल्मीकि Kori|कोरी Malik|मलिक Tomar|तोमर Rana|राणा Sahni|सहनी
      Manjhi|मांझी Bind|बिंद Rajbhar|राजभर Prajapati|प्रजापति Vishwakarma|विश्वकर्मा Gautam|गौतम Bharti|भारती Katiyar|कटियार
      Sengar|सेंगर Bhadauria|भदौरिया Kurmi|कुर्मी Gond|गोंड Oraon|उरांव Munda|मुंडा`,
    maleTemplates: [
      ['G S', 46],
      ['G =Kumar|कुमार S', 20],
      ['G =Kumar|कुमार', 12],
      ['G =Singh|सिंह', 8],
      ['G =Prasad|प्रसाद S', 4],
      ['G', 6],
      ['G. S', 4],
    ],
    femaleTemplates: [
      ['G =Devi|देवी', 36],
      ['G S', 40],
      ['G =Kumari|कुमारी', 14],
      ['G', 10],
    ],
    fatherTemplates: [
      ['F S', 62],
      ['F =Prasad|प्रसाद', 10],
      ['F =Lal|लाल', 8],
      ['F =Singh|सिंह', 8],
      ['F', 12],
    ],
    districts: `Lucknow Kanpur Varanasi Prayagraj Gorakhpur Azamgarh Ballia Jaunpur Meerut Agra Bareilly Patna Gaya Muzaffarpur
      Darbhanga Bhagalpur Siwan Saran Indore Bhopal Jabalpur Gwalior Rewa Ranchi Dhanbad Raipur Bilaspur Dehradun Haridwar
      Gurugram Rohtak Hisar Karnal Delhi`,
  },
  {
    id: 'sikh',
    label: 'Punjabi Sikh',
    share: 0.025,
    script: 'Gurmukhi',
    male: `Gurpreet|ਗੁਰਪ੍ਰੀਤ Harpreet|ਹਰਪ੍ਰੀਤ Manpreet|ਮਨਪ੍ਰੀਤ Jaspreet|ਜਸਪ੍ਰੀਤ Gurmeet|ਗੁਰਮੀਤ Harjeet/Harjit|ਹਰਜੀਤ Jasbir|ਜਸਬੀਰ
      Balwinder|ਬਲਵਿੰਦਰ Sukhwinder|ਸੁਖਵਿੰਦਰ Kulwinder|ਕੁਲਵਿੰਦਰ Harvinder|ਹਰਵਿੰਦਰ Jaswinder|ਜਸਵਿੰਦਰ Paramjit|ਪਰਮਜੀਤ
      Amarjit|ਅਮਰਜੀਤ Sukhdev|ਸੁਖਦੇਵ Gurdev|ਗੁਰਦੇਵ Baldev|ਬਲਦੇਵ Harbhajan|ਹਰਭਜਨ Kuldeep|ਕੁਲਦੀਪ Mandeep|ਮਨਦੀਪ Navdeep|ਨਵਦੀਪ
      Gagandeep|ਗਗਨਦੀਪ Amandeep|ਅਮਨਦੀਪ Sandeep|ਸੰਦੀਪ Lakhwinder|ਲਖਵਿੰਦਰ Satnam|ਸਤਨਾਮ Gurnam|ਗੁਰਨਾਮ Jagtar|ਜਗਤਾਰ
      Darshan|ਦਰਸ਼ਨ Ranjit|ਰਣਜੀਤ Hardeep|ਹਰਦੀਪ Karamjit|ਕਰਮਜੀਤ Bhupinder|ਭੁਪਿੰਦਰ Tejinder|ਤੇਜਿੰਦਰ Jagjit|ਜਗਜੀਤ Inderjit|ਇੰਦਰਜੀਤ
      Charanjit|ਚਰਨਜੀਤ Nirmal|ਨਿਰਮਲ Avtar|ਅਵਤਾਰ Joginder|ਜੋਗਿੰਦਰ Mohinder|ਮਹਿੰਦਰ`,
    female: `Harpreet|ਹਰਪ੍ਰੀਤ Manpreet|ਮਨਪ੍ਰੀਤ Jaspreet|ਜਸਪ੍ਰੀਤ Gurpreet|ਗੁਰਪ੍ਰੀਤ Simranjit|ਸਿਮਰਨਜੀਤ Simran|ਸਿਮਰਨ Navneet|ਨਵਨੀਤ
      Rajwinder|ਰਾਜਵਿੰਦਰ Parminder|ਪਰਮਿੰਦਰ Kuldeep|ਕੁਲਦੀਪ Jasvir|ਜਸਵੀਰ Sukhjit|ਸੁਖਜੀਤ Baljit|ਬਲਜੀਤ Paramjit|ਪਰਮਜੀਤ
      Amrit|ਅੰਮ੍ਰਿਤ Harjinder|ਹਰਜਿੰਦਰ Surinder|ਸੁਰਿੰਦਰ Ramandeep|ਰਮਨਦੀਪ Sarabjit|ਸਰਬਜੀਤ Manjit|ਮਨਜੀਤ Gurdeep|ਗੁਰਦੀਪ
      Rupinder|ਰੁਪਿੰਦਰ Kamaljit|ਕਮਲਜੀਤ Satwant|ਸਤਵੰਤ`,
    surnames: `Sandhu|ਸੰਧੂ Sidhu|ਸਿੱਧੂ Gill|ਗਿੱਲ Dhillon|ਢਿੱਲੋਂ Brar|ਬਰਾੜ Grewal|ਗਰੇਵਾਲ Randhawa|ਰੰਧਾਵਾ Bajwa|ਬਾਜਵਾ Cheema|ਚੀਮਾ
      Virk|ਵਿਰਕ Sekhon|ਸੇਖੋਂ Bains|ਬੈਂਸ Mann|ਮਾਨ Aulakh|ਔਲਖ Dhaliwal|ਧਾਲੀਵਾਲ Toor|ਤੂਰ Sohal|ਸੋਹਲ Bhullar|ਭੁੱਲਰ Kang|ਕੰਗ
      Johal|ਜੌਹਲ Chahal|ਚਾਹਲ Hundal|ਹੁੰਦਲ Sahota|ਸਹੋਤਾ Pannu|ਪੰਨੂ`,
    maleTemplates: [
      ['G =Singh|ਸਿੰਘ', 52],
      ['G =Singh|ਸਿੰਘ S', 40],
      ['G S', 8],
    ],
    femaleTemplates: [
      ['G =Kaur|ਕੌਰ', 60],
      ['G =Kaur|ਕੌਰ S', 36],
      ['G S', 4],
    ],
    fatherTemplates: [
      ['F =Singh|ਸਿੰਘ', 70],
      ['F =Singh|ਸਿੰਘ S', 30],
    ],
    districts: 'Amritsar Ludhiana Jalandhar Patiala Bathinda Gurdaspur Hoshiarpur Moga Sangrur Firozpur Tarn-Taran Ropar',
  },
  {
    id: 'bengal',
    label: 'Bengali',
    share: 0.07,
    script: 'Bengali',
    male: `Subrata|সুব্রত Sanjay|সঞ্জয় Amit|অমিত Biswajit|বিশ্বজিৎ Debashis/Debasish|দেবাশিস Partha|পার্থ Tapas|তাপস
      Prasenjit|প্রসেনজিৎ Sourav|সৌরভ Abhijit|অভিজিৎ Arindam|অরিন্দম Sujit|সুজিত Ranjit|রঞ্জিত Goutam/Gautam|গৌতম Swapan|স্বপন
      Tapan|তপন Dipankar|দীপঙ্কর Sukumar|সুকুমার Nirmal|নির্মল Bapi|বাপি Babu|বাবু Rajib|রাজীব Sanjib|সঞ্জীব Pradip|প্রদীপ
      Ashim|অসীম Kartik|কার্তিক Haradhan|হরধন Shyamal|শ্যামল Utpal|উৎপল Anup|অনুপ Arup|অরূপ Raju|রাজু Bikash|বিকাশ Tarun|তরুণ
      Sukanta|সুকান্ত Manas|মানস Samir|সমীর Indranil|ইন্দ্রনীল Soumen|সৌমেন Gopal|গোপাল Nemai|নিমাই Gour|গৌর Bablu|বাবলু
      Pintu|পিন্টু Shankar|শংকর Ratan|রতন Asit|অসিত Dilip|দিলীপ`,
    female: `Mousumi|মৌসুমী Sumita|সুমিতা Rina|রিনা Mitali|মিতালী Papiya|পাপিয়া Rupa|রূপা Shampa|শম্পা Tumpa|টুম্পা Moumita|মৌমিতা
      Sraboni|শ্রাবণী Anima|অনিমা Chhanda|ছন্দা Kakali|কাকলি Sathi|সাথী Mampi|মাম্পি Jhuma|ঝুমা Sonali|সোনালী Puja|পূজা Mala|মালা
      Laxmi|লক্ষ্মী Dipali|দীপালি Ruma|রুমা Swapna|স্বপ্না Bina|বীণা Soma|সোমা Piyali|পিয়ালী Tanushree|তনুশ্রী Sabita|সবিতা
      Kalpana|কল্পনা Mina|মিনা Aparna|অপর্ণা Shibani|শিবানী`,
    surnames: `Das|দাস Mondal/Mandal|মণ্ডল Ghosh|ঘোষ Roy|রায় Sarkar|সরকার Chatterjee|চট্টোপাধ্যায় Banerjee|বন্দ্যোপাধ্যায়
      Mukherjee|মুখোপাধ্যায় Bhattacharya/Bhattacharjee|ভট্টাচার্য Chakraborty|চক্রবর্তী Dey|দে Saha|সাহা Paul|পাল Biswas|বিশ্বাস
      Majumdar|মজুমদার Sen|সেন Bose/Basu|বসু Dutta|দত্ত Mitra|মিত্র Halder|হালদার Mallick|মল্লিক Bag|বাগ Pramanik|প্রামাণিক
      Adhikari|অধিকারী Maity|মাইতি Jana|জানা Bera|বেরা Hazra|হাজরা Barman|বর্মন Naskar|নস্কর Patra|পাত্র Kundu|কুণ্ডু
      Nandi|নন্দী Sinha|সিনহা Guha|গুহ`,
    maleTemplates: [
      ['G S', 82],
      ['G =Kumar|কুমার S', 12],
      ['G', 6],
    ],
    femaleTemplates: [
      ['G S', 78],
      ['G', 12],
      ['G =Rani|রানী S', 10],
    ],
    fatherTemplates: [
      ['F S', 88],
      ['F', 12],
    ],
    districts: 'Kolkata Howrah Hooghly Nadia Murshidabad Bardhaman Birbhum Bankura Purulia Medinipur Malda Jalpaiguri Cooch-Behar North-24-Parganas',
  },
  {
    id: 'assam',
    label: 'Assamese',
    share: 0.02,
    script: 'Bengali–Assamese',
    male: `Bhaskar|ভাস্কৰ Dipankar|দীপংকৰ Pranjal|প্ৰাঞ্জল Bhupen|ভূপেন Hemanta|হেমন্ত Jitu|জিতু Bikash|বিকাশ Pallab|পল্লৱ
      Rituraj|ঋতুৰাজ Manash|মানস Nayan|নয়ন Utpal|উৎপল Dhruba|ধ্ৰুৱ Kamal|কমল Pradip|প্ৰদীপ Ranjit|ৰঞ্জিত Jayanta|জয়ন্ত
      Mukul|মুকুল Debajit|দেৱজিৎ Bijoy|বিজয় Rupam|ৰূপম Nitul|নিতুল Diganta|দিগন্ত Anupam|অনুপম`,
    female: `Anjali|অঞ্জলি Nilima|নীলিমা Junmoni|জুনমণি Rupjyoti|ৰূপজ্যোতি Pallavi|পল্লৱী Gitanjali|গীতাঞ্জলি Rashmi|ৰশ্মি
      Mridula|মৃদুলা Bornali|বৰ্ণালী Pranita|প্ৰণীতা Kabita|কবিতা Munmi|মুনমী Jonali|জোনালী Dipika|দীপিকা Nitumoni|নিতুমণি`,
    surnames: `Gogoi|গগৈ Baruah/Borua|বৰুৱা Bora/Borah|বৰা Saikia|শইকীয়া Kalita|কলিতা Das|দাস Deka|ডেকা Hazarika|হাজৰিকা
      Phukan|ফুকন Sarma|শৰ্মা Nath|নাথ Bordoloi|বৰদলৈ Dutta|দত্ত Chetia|চেতিয়া Konwar|কোঁৱৰ Rajkhowa|ৰাজখোৱা Medhi|মেধি
      Talukdar|তালুকদাৰ Boro|বড়ো Mahanta|মহন্ত Choudhury|চৌধুৰী`,
    maleTemplates: [
      ['G S', 90],
      ['G', 10],
    ],
    femaleTemplates: [
      ['G S', 88],
      ['G', 12],
    ],
    fatherTemplates: [
      ['F S', 92],
      ['F', 8],
    ],
    districts: 'Kamrup Guwahati Dibrugarh Jorhat Sivasagar Nagaon Tezpur Barpeta Golaghat Tinsukia Lakhimpur',
  },
  {
    id: 'odisha',
    label: 'Odia',
    share: 0.03,
    script: 'Odia',
    male: `Prakash|ପ୍ରକାଶ Sanjay|ସଞ୍ଜୟ Debasis|ଦେବାଶିଷ Bijay|ବିଜୟ Sarat|ଶରତ Pradeep|ପ୍ରଦୀପ Manoj|ମନୋଜ Ranjan|ରଞ୍ଜନ
      Prasanta|ପ୍ରଶାନ୍ତ Sushant|ସୁଶାନ୍ତ Bikram|ବିକ୍ରମ Jagannath|ଜଗନ୍ନାଥ Bhagaban|ଭଗବାନ Trilochan|ତ୍ରିଲୋଚନ Sudhir|ସୁଧୀର
      Ashok|ଅଶୋକ Biswanath|ବିଶ୍ୱନାଥ Ramesh|ରମେଶ Subash|ସୁଭାଷ Rabindra|ରବୀନ୍ଦ୍ର Gobinda|ଗୋବିନ୍ଦ Dillip|ଦିଲ୍ଲୀପ
      Chittaranjan|ଚିତ୍ତରଞ୍ଜନ Kailash|କୈଳାସ Akshaya|ଅକ୍ଷୟ Surya|ସୂର୍ଯ୍ୟ Bhaskar|ଭାସ୍କର Niranjan|ନିରଞ୍ଜନ`,
    female: `Sasmita|ସସ୍ମିତା Sabitri|ସାବିତ୍ରୀ Pramila|ପ୍ରମିଳା Kuni|କୁନି Jyotsna|ଜ୍ୟୋତ୍ସ୍ନା Mamata|ମମତା Sujata|ସୁଜାତା Banita|ବନିତା
      Sulochana|ସୁଲୋଚନା Namita|ନମିତା Lipsa|ଲିପ୍ସା Smita|ସ୍ମିତା Rashmita|ରଶ୍ମିତା Sanghamitra|ସଂଘମିତ୍ରା Puspa|ପୁଷ୍ପା
      Tapaswini|ତପସ୍ୱିନୀ Gitanjali|ଗୀତାଞ୍ଜଳି Minati|ମିନତି`,
    surnames: `Sahoo/Sahu|ସାହୁ Nayak|ନାୟକ Das|ଦାସ Mohanty|ମହାନ୍ତି Behera|ବେହେରା Pradhan|ପ୍ରଧାନ Swain|ସ୍ୱାଇଁ Rout|ରାଉତ Mishra|ମିଶ୍ର
      Panda|ପଣ୍ଡା Jena|ଜେନା Sethi|ସେଠୀ Patra|ପାତ୍ର Mallick|ମଲ୍ଲିକ Biswal|ବିଶ୍ୱାଳ Samal|ସାମଲ Parida|ପରିଡ଼ା Barik|ବାରିକ
      Dash|ଦାଶ Mahapatra|ମହାପାତ୍ର Senapati|ସେନାପତି Pattnaik|ପଟ୍ଟନାୟକ Majhi|ମାଝି Naik|ନାଏକ Lenka|ଲେଙ୍କା`,
    maleTemplates: [
      ['G S', 86],
      ['G =Kumar|କୁମାର S', 10],
      ['G', 4],
    ],
    femaleTemplates: [
      ['G S', 84],
      ['G', 16],
    ],
    fatherTemplates: [
      ['F S', 90],
      ['F', 10],
    ],
    districts: 'Khordha Cuttack Puri Ganjam Balasore Mayurbhanj Sambalpur Sundargarh Kendrapara Jajpur Koraput Bhadrak',
  },
  {
    id: 'maharashtra',
    label: 'Marathi',
    share: 0.08,
    script: 'Devanagari',
    male: `Sachin|सचिन Santosh|संतोष Sunil|सुनील Prakash|प्रकाश Dattatray/Dattatraya|दत्तात्रय Ganesh|गणेश Mahesh|महेश
      Vitthal|विठ्ठल Balasaheb|बाळासाहेब Dnyaneshwar|ज्ञानेश्वर Sandip/Sandeep|संदीप Vijay|विजय Anil|अनिल Rahul|राहुल
      Amol|अमोल Nitin|नितीन Tushar|तुषार Swapnil|स्वप्नील Sagar|सागर Pandurang|पांडुरंग Shivaji|शिवाजी Sambhaji|संभाजी
      Tukaram|तुकाराम Namdev|नामदेव Maruti|मारुती Bhausaheb|भाऊसाहेब Appasaheb|अप्पासाहेब Kishor|किशोर Dilip|दिलीप
      Yogesh|योगेश Nilesh|निलेश Mangesh|मंगेश Suresh|सुरेश Ravindra|रवींद्र Vikas|विकास Akshay|अक्षय Pravin|प्रवीण
      Sanjay|संजय Shankar|शंकर Eknath|एकनाथ Dhananjay|धनंजय Somnath|सोमनाथ Rajendra|राजेंद्र Ashok|अशोक Bhimrao|भीमराव`,
    female: `Vaishali|वैशाली Sunita|सुनीता Manisha|मनीषा Sushma|सुषमा Swati|स्वाती Ashwini|अश्विनी Priyanka|प्रियांका Jyoti|ज्योती
      Rupali|रुपाली Sarika|सारिका Savita|सविता Mangal|मंगल Sangita|संगीता Shobha|शोभा Anjali|अंजली Pallavi|पल्लवी
      Rohini|रोहिणी Sheetal|शीतल Pooja|पूजा Kalpana|कल्पना Lata|लता Shalan|शालन Sindhu|सिंधू Yogita|योगिता Madhuri|माधुरी
      Archana|अर्चना Suvarna|सुवर्णा Ujwala|उज्ज्वला Chhaya|छाया Rekha|रेखा`,
    surnames: `Patil|पाटील Jadhav|जाधव Pawar|पवार Shinde|शिंदे More|मोरे Deshmukh|देशमुख Kulkarni|कुलकर्णी Gaikwad|गायकवाड
      Bhosale/Bhosle|भोसले Chavan|चव्हाण Kale|काळे Salunkhe|साळुंखे Kadam|कदम Mane|माने Jagtap|जगताप Shelke|शेळके
      Sawant|सावंत Deshpande|देशपांडे Joshi|जोशी Kamble|कांबळे Waghmare|वाघमारे Gawade|गावडे Thorat|थोरात Nikam|निकम
      Suryawanshi|सूर्यवंशी Mhatre|म्हात्रे Khandare|खंडारे Bagul|बागुल Dhumal|धुमाळ Londhe|लोंढे Ingle|इंगळे Wagh|वाघ
      Sonawane|सोनवणे Ahire|अहिरे Borse|बोरसे Mali|माळी Shaikh|शेख Lokhande|लोखंडे Gore|गोरे Kharat|खरात`,
    maleTemplates: [
      ['G F S', 48],
      ['G S', 46],
      ['S G', 6],
    ],
    femaleTemplates: [
      ['G F S', 44],
      ['G S', 52],
      ['G', 4],
    ],
    fatherTemplates: [
      ['F G S', 45],
      ['F S', 55],
    ],
    districts: 'Pune Mumbai Thane Nashik Nagpur Aurangabad Solapur Kolhapur Satara Sangli Ahmednagar Jalgaon Latur Beed Nanded Amravati',
  },
  {
    id: 'gujarat',
    label: 'Gujarati',
    share: 0.05,
    script: 'Gujarati',
    male: `Rajesh|રાજેશ Bharat|ભરત Jayesh|જયેશ Mukesh|મુકેશ Hitesh|હિતેશ Ketan|કેતન Nilesh|નિલેશ Paresh|પરેશ Kalpesh|કલ્પેશ
      Dilip|દિલીપ Ramesh|રમેશ Vipul|વિપુલ Hasmukh|હસમુખ Jignesh|જીગ્નેશ Bhavesh|ભાવેશ Chirag|ચિરાગ Mahendra|મહેન્દ્ર
      Pravin|પ્રવીણ Arvind|અરવિંદ Kanu|કનુ Dinesh|દિનેશ Rakesh|રાકેશ Sanjay|સંજય Haresh|હરેશ Bhupendra|ભૂપેન્દ્ર Vijay|વિજય
      Jitendra|જીતેન્દ્ર Prakash|પ્રકાશ Manu|મનુ Ashok|અશોક Nitin|નીતિન Yogesh|યોગેશ Ghanshyam|ઘનશ્યામ Jagdish|જગદીશ
      Natvar|નટવર Kirit|કિરીટ Vinod|વિનોદ Pankaj|પંકજ`,
    female: `Hetal|હેતલ Nisha|નિશા Bhavna|ભાવના Jyotsna|જ્યોત્સ્ના Daksha|દક્ષા Kokila|કોકિલા Hansa|હંસા Manisha|મનીષા
      Rekha|રેખા Varsha|વર્ષા Mital|મિતલ Priti|પ્રીતિ Jagruti|જાગૃતિ Kinjal|કિંજલ Sejal|સેજલ Nayna|નયના Geeta|ગીતા
      Sharda|શારદા Urmila|ઉર્મિલા Ranjan|રંજન Dimple|ડિમ્પલ Bhavisha|ભાવિશા Pinal|પિનલ Komal|કોમલ Jasu|જશુ`,
    surnames: `Patel|પટેલ Shah|શાહ Desai|દેસાઈ Mehta|મહેતા Parmar|પરમાર Chauhan|ચૌહાણ Solanki|સોલંકી Joshi|જોશી Thakkar|ઠક્કર
      Modi|મોદી Prajapati|પ્રજાપતિ Rathod|રાઠોડ Vaghela|વાઘેલા Makwana|મકવાણા Trivedi|ત્રિવેદી Pandya|પંડ્યા Bhatt|ભટ્ટ
      Vasava|વસાવા Chaudhari|ચૌધરી Dave|દવે Gohil|ગોહિલ Jadeja|જાડેજા Panchal|પંચાલ Soni|સોની Rabari|રબારી Bharwad|ભરવાડ
      Zala|ઝાલા Vora|વોરા Thakor|ઠાકોર Raval|રાવલ`,
    maleTemplates: [
      ['G F~bhai|ભાઈ S', 44],
      ['G S', 40],
      ['G~bhai|ભાઈ S', 16],
    ],
    femaleTemplates: [
      ['G F~bhai|ભાઈ S', 30],
      ['G~ben|બેન S', 30],
      ['G S', 40],
    ],
    fatherTemplates: [
      ['F G~bhai|ભાઈ S', 40],
      ['F~bhai|ભાઈ S', 30],
      ['F S', 30],
    ],
    districts: 'Ahmedabad Surat Vadodara Rajkot Bhavnagar Jamnagar Junagadh Kutch Mehsana Anand Kheda Panchmahal Banaskantha',
  },
  {
    id: 'rajasthan',
    label: 'Rajasthani',
    share: 0.04,
    script: 'Devanagari',
    male: `Narpat|नरपत Bhanwar|भंवर Bhanwarlal|भंवरलाल Mohanlal|मोहनलाल Kishore|किशोर Shankarlal|शंकरलाल Madanlal|मदनलाल
      Jagdish|जगदीश Omprakash|ओमप्रकाश Mangilal|मांगीलाल Chunnilal|चुन्नीलाल Heeralal/Hiralal|हीरालाल Kanaram|कानाराम
      Bhagirath|भागीरथ Prahlad|प्रहलाद Sohanlal|सोहनलाल Hanuman|हनुमान Ramswaroop|रामस्वरूप Devaram|देवाराम Sawai|सवाई
      Mahaveer/Mahavir|महावीर Bhairu|भैरू Ganpat|गणपत Laxman|लक्ष्मण Nathu|नाथू Ratan|रतन Govind|गोविंद Mukesh|मुकेश
      Suresh|सुरेश Ramesh|रमेश Dinesh|दिनेश Kailash|कैलाश Rajendra|राजेंद्र Jeevan|जीवन Pukhraj|पुखराज Bhika|भीका
      Poonaram|पूनाराम Hemraj|हेमराज`,
    female: `Kamla|कमला Santosh|संतोष Dhapu|धापू Bhanwari|भंवरी Sushila|सुशीला Mohini|मोहिनी Kesar|केसर Lali|लाली Pinki|पिंकी
      Sunita|सुनीता Manju|मंजू Mamta|ममता Kanchan|कंचन Parmeshwari|परमेश्वरी Chanda|चंदा Badami|बदामी Tulsi|तुलसी
      Gudiya|गुड़िया Sayari|सायरी Kali|काली Bhuri|भूरी Suki|सुकी`,
    surnames: `Jat|जाट Meena|मीणा Choudhary|चौधरी Bishnoi|बिश्नोई Rathore|राठौड़ Shekhawat|शेखावत Gurjar|गुर्जर Mali|माली
      Kumawat|कुमावत Jangid|जांगिड़ Saini|सैनी Purohit|पुरोहित Bairwa|बैरवा Regar|रैगर Meghwal|मेघवाल Sharma|शर्मा
      Agarwal|अग्रवाल Suthar|सुथार Prajapat|प्रजापत Rebari|रेबारी Bhati|भाटी Charan|चारण Nai|नाई Khatik|खटीक Jain|जैन
      Bhil|भील Garasiya|गरासिया Sankhla|सांखला Gehlot|गहलोत Solanki|सोलंकी`,
    maleTemplates: [
      ['G S', 72],
      ['G =Singh|सिंह', 10],
      ['G =Ram|राम S', 8],
      ['G', 10],
    ],
    femaleTemplates: [
      ['G =Devi|देवी', 40],
      ['G S', 42],
      ['G', 18],
    ],
    fatherTemplates: [
      ['F S', 70],
      ['F =Ram|राम', 10],
      ['F', 20],
    ],
    districts: 'Jaipur Jodhpur Bikaner Nagaur Barmer Ajmer Udaipur Kota Alwar Sikar Jhunjhunu Bhilwara Pali Churu',
  },
  {
    id: 'tamil',
    label: 'Tamil',
    share: 0.06,
    script: 'Tamil',
    male: `Murugan|முருகன் Senthil|செந்தில் Karthik|கார்த்திக் Saravanan|சரவணன் Kumar|குமார் Ramesh|ரமேஷ் Suresh|சுரேஷ்
      Ganesan|கணேசன் Rajendran|ராஜேந்திரன் Selvam|செல்வம் Arumugam|ஆறுமுகம் Palani|பழனி Muthu|முத்து Velu|வேலு Kannan|கண்ணன்
      Balaji|பாலாஜி Manikandan|மணிகண்டன் Prabhu|பிரபு Vignesh|விக்னேஷ் Dinesh|தினேஷ் Sivakumar|சிவகுமார்
      Ravichandran|ரவிச்சந்திரன் Sekar|சேகர் Mohan|மோகன் Anbu|அன்பு Thangaraj|தங்கராஜ் Kathiresan|கதிரேசன் Pandian|பாண்டியன்
      Ayyappan|ஐயப்பன் Mariappan|மாரியப்பன் Subramani|சுப்பிரமணி Elango|இளங்கோ Ilayaraja|இளையராஜா Sathish|சதீஷ் Arun|அருண்
      Vijay|விஜய் Raja|ராஜா Durai|துரை Shanmugam|சண்முகம் Krishnan|கிருஷ்ணன் Velmurugan|வேல்முருகன் Perumal|பெருமாள்
      Chinnasamy|சின்னசாமி Ramasamy|ராமசாமி Karuppasamy|கருப்பசாமி Muniyandi|முனியாண்டி Sundaram|சுந்தரம் Natarajan|நடராஜன்`,
    female: `Lakshmi|லட்சுமி Meena|மீனா Priya|பிரியா Kavitha|கவிதா Selvi|செல்வி Vasanthi|வசந்தி Jayanthi|ஜெயந்தி Malathi|மாலதி
      Revathi|ரேவதி Chitra|சித்ரா Devi|தேவி Kalaiselvi|கலைச்செல்வி Tamilselvi|தமிழ்செல்வி Sangeetha|சங்கீதா Saranya|சரண்யா
      Divya|திவ்யா Mahalakshmi|மகாலட்சுமி Parvathi|பார்வதி Valli|வள்ளி Muthulakshmi|முத்துலட்சுமி Amudha|அமுதா
      Bhuvaneswari|புவனேஸ்வரி Gomathi|கோமதி Indira|இந்திரா Sumathi|சுமதி Anitha|அனிதா Pushpa|புஷ்பா Rani|ராணி
      Kalyani|கல்யாணி Panchavarnam|பஞ்சவர்ணம்`,
    surnames: `Pillai|பிள்ளை Thevar|தேவர் Nadar|நாடார் Gounder|கவுண்டர் Chettiar|செட்டியார் Iyer|ஐயர் Mudaliar|முதலியார்
      Naicker|நாயக்கர் Konar|கோனார் Pandaram|பண்டாரம்`,
    maleTemplates: [
      ['F. G', 44],
      ['G F', 22],
      ['G F.', 14],
      ['G', 10],
      ['G S', 10],
    ],
    femaleTemplates: [
      ['F. G', 44],
      ['G F', 22],
      ['G F.', 14],
      ['G', 20],
    ],
    fatherTemplates: [
      ['F', 60],
      ['G. F', 30],
      ['F S', 10],
    ],
    districts: 'Chennai Madurai Coimbatore Tiruchirappalli Salem Tirunelveli Thoothukudi Vellore Erode Thanjavur Dindigul Virudhunagar Kanyakumari',
  },
  {
    id: 'telugu',
    label: 'Telugu',
    share: 0.07,
    script: 'Telugu',
    male: `Srinivas/Srinivasa|శ్రీనివాస్ Venkatesh|వెంకటేష్ Ramesh|రమేష్ Suresh|సురేష్ Ravi|రవి Nagaraju|నాగరాజు
      Venkateswarlu|వెంకటేశ్వర్లు Satyanarayana|సత్యనారాయణ Ramu|రాము Raju|రాజు Krishna|కృష్ణ Prasad|ప్రసాద్
      Rajasekhar|రాజశేఖర్ Chandrasekhar|చంద్రశేఖర్ Mahesh|మహేష్ Naresh|నరేష్ Kiran|కిరణ్ Sai|సాయి Anil|అనిల్ Sunil|సునీల్
      Babu|బాబు Koteswara|కోటేశ్వర Anjaneyulu|ఆంజనేయులు Yadagiri|యాదగిరి Mallesh|మల్లేష్ Narsimha/Narasimha|నర్సింహ
      Siva|శివ Madhu|మధు Praveen|ప్రవీణ్ Vamsi|వంశీ Harish|హరీష్ Gopi|గోపి Subba|సుబ్బ Rambabu|రాంబాబు Chinna|చిన్న
      Sridhar|శ్రీధర్ Ramana|రమణ Appa|అప్ప Sambasiva|సాంబశివ Eswar|ఈశ్వర్`,
    female: `Lakshmi|లక్ష్మి Padma|పద్మ Swathi|స్వాతి Sravani|శ్రావణి Anusha|అనూష Bhavani|భవాని Sujatha|సుజాత Radha|రాధ Rani|రాణి
      Jyothi|జ్యోతి Madhavi|మాధవి Kavya|కావ్య Sirisha|శిరీష Manjula|మంజుల Sunitha|సునీత Vijaya|విజయ Saraswathi|సరస్వతి
      Durga|దుర్గ Kalyani|కళ్యాణి Aruna|అరుణ Renuka|రేణుక Mounika|మౌనిక Ramadevi|రమాదేవి Nagamani|నాగమణి Venkamma|వెంకమ్మ`,
    surnames: `Korada|కోరాడ Gorantla|గోరంట్ల Bandi|బండి Kandula|కందుల Pasupuleti|పసుపులేటి Gaddam|గడ్డం Kotha|కొత్త Mekala|మేకల
      Boddu|బొడ్డు Cheruku|చెరుకు Nalla|నల్ల Gundu|గుండు Vemula|వేముల Pulla|పుల్ల Tadi|తాడి Yerra|ఎర్ర Katta|కట్ట
      Sanka|శంక Gollapudi|గొల్లపూడి Chintala|చింతల Devarakonda|దేవరకొండ Maddela|మద్దెల Pothula|పోతుల Bollam|బొల్లం
      Kasani|కాసాని Jakkula|జక్కుల Muppidi|ముప్పిడి Addanki|అద్దంకి`,
    maleTemplates: [
      ['S G', 34],
      ['S G =Reddy|రెడ్డి', 14],
      ['S. G', 20],
      ['G =Reddy|రెడ్డి', 8],
      ['G =Naidu|నాయుడు', 4],
      ['G =Rao|రావు', 10],
      ['S G =Goud|గౌడ్', 4],
      ['G', 6],
    ],
    femaleTemplates: [
      ['S G', 48],
      ['S. G', 24],
      ['G', 18],
      ['G =Devi|దేవి', 10],
    ],
    fatherTemplates: [
      ['S F', 70],
      ['S F =Rao|రావు', 10],
      ['S F =Reddy|రెడ్డి', 10],
      ['F', 10],
    ],
    districts: 'Hyderabad Warangal Karimnagar Nalgonda Khammam Nizamabad Adilabad Guntur Krishna Visakhapatnam East-Godavari West-Godavari Nellore Kurnool Anantapur Chittoor',
  },
  {
    id: 'karnataka',
    label: 'Kannada',
    share: 0.05,
    script: 'Kannada',
    male: `Basavaraj|ಬಸವರಾಜ Manjunath|ಮಂಜುನಾಥ Nagaraj|ನಾಗರಾಜ Shivakumar|ಶಿವಕುಮಾರ Mahesh|ಮಹೇಶ Ravi|ರವಿ Prakash|ಪ್ರಕಾಶ
      Raghavendra|ರಾಘವೇಂದ್ರ Siddaraju|ಸಿದ್ದರಾಜು Mallikarjun|ಮಲ್ಲಿಕಾರ್ಜುನ Chandrashekar|ಚಂದ್ರಶೇಖರ Venkatesh|ವೆಂಕಟೇಶ
      Srinivas|ಶ್ರೀನಿವಾಸ Kumar|ಕುಮಾರ Santosh|ಸಂತೋಷ Girish|ಗಿರೀಶ Harish|ಹರೀಶ Lokesh|ಲೋಕೇಶ Puttaswamy|ಪುಟ್ಟಸ್ವಾಮಿ
      Hanumanthappa|ಹನುಮಂತಪ್ಪ Shivanna|ಶಿವಣ್ಣ Ramesh|ರಮೇಶ Suresh|ಸುರೇಶ Anand|ಆನಂದ Yallappa|ಯಲ್ಲಪ್ಪ Basappa|ಬಸಪ್ಪ
      Ningappa|ನಿಂಗಪ್ಪ Krishnappa|ಕೃಷ್ಣಪ್ಪ Umesh|ಉಮೇಶ Rudresh|ರುದ್ರೇಶ Chandru|ಚಂದ್ರು Kumaraswamy|ಕುಮಾರಸ್ವಾಮಿ Halappa|ಹಾಲಪ್ಪ`,
    female: `Lakshmamma|ಲಕ್ಷ್ಮಮ್ಮ Savitha|ಸವಿತಾ Shobha|ಶೋಭಾ Geetha|ಗೀತಾ Sumitra|ಸುಮಿತ್ರಾ Kavya|ಕಾವ್ಯ Roopa|ರೂಪಾ Pavithra|ಪವಿತ್ರಾ
      Bhagya|ಭಾಗ್ಯ Nagamma|ನಾಗಮ್ಮ Gowramma|ಗೌರಮ್ಮ Yashoda|ಯಶೋದಾ Shilpa|ಶಿಲ್ಪಾ Rekha|ರೇಖಾ Manjula|ಮಂಜುಳಾ Sowmya|ಸೌಮ್ಯ
      Asha|ಆಶಾ Renuka|ರೇಣುಕಾ Jayamma|ಜಯಮ್ಮ Nethra|ನೇತ್ರಾ Shantamma|ಶಾಂತಮ್ಮ Parvathi|ಪಾರ್ವತಿ`,
    surnames: `Gowda|ಗೌಡ Shetty|ಶೆಟ್ಟಿ Naik|ನಾಯ್ಕ Patil|ಪಾಟೀಲ Hegde|ಹೆಗ್ಡೆ Rao|ರಾವ್ Kulkarni|ಕುಲಕರ್ಣಿ Bhat|ಭಟ್ Reddy|ರೆಡ್ಡಿ
      Nayak|ನಾಯಕ್ Poojary|ಪೂಜಾರಿ Hiremath|ಹಿರೇಮಠ Angadi|ಅಂಗಡಿ Kamath|ಕಾಮತ್ Shenoy|ಶೆಣೈ Murthy|ಮೂರ್ತಿ Swamy|ಸ್ವಾಮಿ
      Talawar|ತಳವಾರ Madar|ಮಾದರ Lamani|ಲಮಾಣಿ Biradar|ಬಿರಾದಾರ Kamble|ಕಾಂಬ್ಳೆ`,
    maleTemplates: [
      ['G S', 40],
      ['F. G', 26],
      ['G F', 14],
      ['G', 20],
    ],
    femaleTemplates: [
      ['G S', 36],
      ['F. G', 24],
      ['G F', 14],
      ['G', 26],
    ],
    fatherTemplates: [
      ['F S', 50],
      ['F', 40],
      ['G. F', 10],
    ],
    districts: 'Bengaluru Mysuru Mandya Tumakuru Hassan Shivamogga Davanagere Ballari Belagavi Dharwad Kalaburagi Vijayapura Raichur Udupi',
  },
  {
    id: 'kerala',
    label: 'Malayalam',
    share: 0.03,
    script: 'Malayalam',
    male: `Sreejith|ശ്രീജിത്ത് Rajesh|രാജേഷ് Suresh|സുരേഷ് Anil|അനിൽ Sunil|സുനിൽ Biju|ബിജു Shaji|ഷാജി Saji|സജി Manoj|മനോജ്
      Pradeep|പ്രദീപ് Santhosh|സന്തോഷ് Vinod|വിനോദ് Rajan|രാജൻ Gopalan|ഗോപാലൻ Krishnan|കൃഷ്ണൻ Sasi|ശശി
      Unnikrishnan|ഉണ്ണികൃഷ്ണൻ Ajith|അജിത്ത് Arun|അരുൺ Vishnu|വിഷ്ണു Rahul|രാഹുൽ Sudheesh|സുധീഷ് Dileep|ദിലീപ്
      Haridas|ഹരിദാസ് Ramachandran|രാമചന്ദ്രൻ Babu|ബാബു Jayan|ജയൻ Sivan|ശിവൻ Prasad|പ്രസാദ് Anoop|അനൂപ് Shibu|ഷിബു
      Ratheesh|രതീഷ് Sajeev|സജീവ് Mohanan|മോഹനൻ`,
    female: `Sreeja|ശ്രീജ Bindu|ബിന്ദു Sindhu|സിന്ധു Beena|ബീന Latha|ലത Geetha|ഗീത Sheeja|ഷീജ Anitha|അനിത Remya|രമ്യ
      Divya|ദിവ്യ Lekha|ലേഖ Suma|സുമ Radha|രാധ Sujatha|സുജാത Ambika|അംബിക Asha|ആശ Deepa|ദീപ Jisha|ജിഷ Resmi|രശ്മി
      Athira|ആതിര Anjana|അഞ്ജന Omana|ഓമന Shylaja|ശൈലജ`,
    surnames: `Nair|നായർ Pillai|പിള്ള Menon|മേനോൻ Kurup|കുറുപ്പ് Panicker|പണിക്കർ Nambiar|നമ്പ്യാർ Warrier|വാര്യർ Kumar|കുമാർ
      Das|ദാസ് Thampi|തമ്പി Namboothiri|നമ്പൂതിരി Ezhava|ഈഴവ`,
    maleTemplates: [
      ['G S', 30],
      ['F. G', 26],
      ['G F', 24],
      ['G', 20],
    ],
    femaleTemplates: [
      ['G S', 24],
      ['F. G', 26],
      ['G F', 26],
      ['G', 24],
    ],
    fatherTemplates: [
      ['F', 50],
      ['F S', 30],
      ['G. F', 20],
    ],
    districts: 'Thiruvananthapuram Kollam Alappuzha Kottayam Ernakulam Thrissur Palakkad Malappuram Kozhikode Kannur Kasaragod Idukki',
  },
  {
    id: 'muslim',
    label: 'Muslim',
    share: 0.13,
    script: 'Devanagari',
    male: `Salim|सलीम Rashid|राशिद Imran|इमरान Irfan|इरफ़ान Javed|जावेद Shahid|शाहिद Arif|आरिफ़ Aslam|असलम Akram|अकरम Wasim|वसीम
      Nadeem|नदीम Faisal|फ़ैसल Sameer|समीर Shakeel|शकील Jameel|जमील Anwar|अनवर Iqbal|इक़बाल Rizwan|रिज़वान Sajid|साजिद
      Zahid|ज़ाहिद Khalid|ख़ालिद Yusuf/Yousuf|यूसुफ़ Ibrahim|इब्राहिम Ismail|इस्माइल Mustafa|मुस्तफ़ा Mushtaq|मुश्ताक़
      Ashfaq|अशफ़ाक़ Altaf|अल्ताफ़ Junaid|जुनैद Sohail|सोहेल Tariq|तारिक़ Naushad|नौशाद Firoz|फ़िरोज़ Sharif|शरीफ़ Hanif|हनीफ़
      Rafiq|रफ़ीक़ Shafiq|शफ़ीक़ Ayub|अय्यूब Zakir|ज़ाकिर Intezar|इंतज़ार Sabir|साबिर Nasir|नासिर Ahmed|अहमद Hussain|हुसैन
      Hasan|हसन Ali|अली Raza|रज़ा Azhar|अज़हर Shamim|शमीम Naseem|नसीम Mehboob|महबूब Kalim|कलीम Dilshad|दिलशाद Aamir|आमिर
      Shoaib|शोएब Danish|दानिश Arshad|अरशद Sarfaraz|सरफ़राज़ Shahnawaz|शाहनवाज़ Kamruddin|कमरुद्दीन Nizamuddin|निज़ामुद्दीन`,
    female: `Fatima|फ़ातिमा Ayesha|आयशा Shabana|शबाना Nasreen|नसरीन Rubina|रुबीना Shabnam|शबनम Parveen|परवीन Salma|सलमा
      Reshma|रेशमा Nazia|नाज़िया Farzana|फ़रज़ाना Sultana|सुल्ताना Zarina|ज़रीना Rukhsana|रुख़साना Tabassum|तबस्सुम
      Shaheen|शाहीन Noor|नूर Kausar|कौसर Sabina|सबीना Yasmin|यास्मीन Hina|हिना Afsana|अफ़साना Mumtaz|मुमताज़ Nasima|नसीमा
      Shaista|शाइस्ता Gulshan|गुलशन Amina|अमीना Zubeda|ज़ुबैदा Heena|हीना Nargis|नरगिस Sana|सना Shagufta|शगुफ़्ता`,
    surnames: `Khan|ख़ान Ansari|अंसारी Qureshi|क़ुरैशी Sheikh/Shaikh|शेख़ Siddiqui|सिद्दीक़ी Ahmed|अहमद Ali|अली Hussain|हुसैन
      Pathan|पठान Syed|सैयद Mirza|मिर्ज़ा Malik|मलिक Shah|शाह Idrisi|इदरीसी Saifi|सैफ़ी Mansuri|मंसूरी Rizvi|रिज़वी
      Farooqui|फ़ारूक़ी Alvi|अल्वी Beg|बेग Chaudhary|चौधरी Rayeen|राईन Salmani|सलमानी Abbasi|अब्बासी Usmani|उस्मानी`,
    maleTemplates: [
      ['=Mohammad/Mohd./Md./Mohammed/Muhammad|मोहम्मद G S', 22],
      ['G S', 56],
      ['=Mohammad/Mohd./Md.|मोहम्मद G', 10],
      ['G', 6],
      ['=Abdul|अब्दुल G', 6],
    ],
    femaleTemplates: [
      ['G S', 48],
      ['G =Khatoon/Khatun|ख़ातून', 16],
      ['G =Begum|बेगम', 10],
      ['G =Bi|बी', 8],
      ['G =Bano|बानो', 8],
      ['G', 10],
    ],
    fatherTemplates: [
      ['F S', 56],
      ['=Mohammad/Mohd./Md.|मोहम्मद F S', 20],
      ['F', 14],
      ['=Abdul|अब्दुल F', 10],
    ],
    districts: `Lucknow Moradabad Rampur Bareilly Saharanpur Aligarh Kanpur Hyderabad Bhopal Malappuram Murshidabad Kishanganj Mumbai
      Aurangabad Srinagar Anantnag Baramulla Mewat Delhi Patna`,
  },
  {
    id: 'christian',
    label: 'Christian',
    share: 0.02,
    script: null,
    male: `Joseph Thomas George John Mathew Jacob Peter Paul Antony/Anthony Francis Sebastian Xavier Joy Jose Shibu Jijo Tomy
      Benny Sunny Varghese Philip Abraham Samuel David Daniel Stephen Michael Wilson Augustine Cyril Lawrence Emmanuel Felix`,
    female: `Mary Elizabeth Annamma Mariamma Sherly Jessy Lissy Molly Susan Rosy Teresa Agnes Celine Gracy Beena Reena Sheeba
      Anu Jincy Tintu Priya Rose Margaret Christina Sophia Bincy`,
    surnames: `Fernandes/Fernandez D'Souza/Dsouza Pereira Rodrigues Gomes Dias Lobo Pinto Sequeira Mathew Thomas Varghese Kurian
      Chacko Philip Joseph George Abraham Daniel Paul Kujur Minj Tirkey Ekka Lakra Toppo Xalxo Barla`,
    maleTemplates: [
      ['G S', 80],
      ['G', 10],
      ['F. G', 10],
    ],
    femaleTemplates: [
      ['G S', 82],
      ['G', 18],
    ],
    fatherTemplates: [
      ['F S', 80],
      ['F', 20],
    ],
    districts: 'Ernakulam Kottayam Idukki North-Goa South-Goa Mangaluru Kanyakumari Ranchi Gumla Simdega Chennai Mumbai',
  },
  {
    id: 'northeast',
    label: 'North-East',
    share: 0.015,
    script: null,
    male: `Lalrinpuia Lalthanzuala Zoramthanga Vanlalruata Lalremsiama Malsawmtluanga Lalnunmawia Vikho Kevi Thejang Banshan
      Wanshai Kyrshan Iohborlang Tomba Ibomcha Ibobi Bijen Premananda Lalbiakzuala Khrienuo Neiphrezo Tiamenba Imchen`,
    female: `Lalhmingliani Zothanpuii Vanlalhriati Ibemhal Thoibi Bidyarani Sanahanbi Khrieno Banri Dapbiang Lalmuanpuii
      Chingkheinganbi Vizokhonuo Imlila Dahunshisha`,
    surnames: `Singh Sangma Marak Momin Lyngdoh Kharkongor Syiem Nongrum Rymbai Ao Angami Sema Konyak Lotha Laishram Ningthoujam
      Thokchom Khumanthem Yumnam Hmar Ralte Chhakchhuak Khiangte Hnamte Pachuau Tamang Lepcha Bhutia Gurung Rai`,
    maleTemplates: [
      ['G S', 62],
      ['S G', 18],
      ['G', 20],
    ],
    femaleTemplates: [
      ['G S', 56],
      ['S G', 14],
      ['G =Devi', 14],
      ['G', 16],
    ],
    fatherTemplates: [
      ['F S', 70],
      ['F', 30],
    ],
    districts: 'Aizawl Lunglei Kohima Dimapur Mokokchung Shillong Tura Jowai Imphal-West Imphal-East Thoubal Gangtok Itanagar Agartala',
  },
];

/** Share of persons written in their region's Indian script (the rest in Latin letters). */
export const NATIVE_SHARE = 0.165;
