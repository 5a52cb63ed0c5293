/**
 * The groups of the "Who uses Tor" page, transcribed from https://www.torproject.org/about/torusers.html.en
 * (The Tor Project, Inc., CC BY 3.0 US; see `source` in ./page.ts). Wording is the page's own.
 */
import { link, rich, strong } from '../segments.js';
import type { UserGroup, UserGroupsStrings } from '../types.js';

export const userGroupsStrings: UserGroupsStrings = {
  indexLabel: 'Who uses Tor',
  permalinkLabel: 'Link to “{heading}”',
};

// Five groups had a photo on the page: their `image` keeps its alt text (the page's own words) but no
// `src`, as the photos live on torproject.org and loading them from another site would be a third-party
// request. A site adds its own copy by id — registerContent('en', { userGroups: [{ id: 'journalist',
// image: { src: '/images/media.jpg', width: 960, height: 480 } }] }) — and the alt text stays.
export const userGroups: UserGroup[] = [
  {
    id: 'normalusers',
    heading: 'Normal people use Tor',
    image: { alt: 'Normal People' },
    items: [
      rich(
        strong('They protect their privacy from unscrupulous marketers and identity thieves.'),
        ' Internet Service Providers (ISPs) ',
        link(
          'sell your Internet browsing records',
          'http://seekingalpha.com/article/29449-compete-ceo-isps-sell-clickstreams-for-5-a-month',
        ),
        ' to marketers or anyone else willing to pay for it. ISPs typically say that they anonymize the data by not providing personally identifiable information, but ',
        link('this has proven incorrect', 'http://www.wired.com/politics/security/news/2006/08/71579?currentPage=all'),
        '. A full record of every site you visit, the text of every search you perform, and potentially userid and even password information can still be part of this data. In addition to your ISP, the websites (',
        link('and search engines', 'http://www.google.com/privacy_faq.html'),
        ') you visit have their own logs, containing the same or more information.',
      ),
      rich(
        strong('They protect their communications from irresponsible corporations.'),
        ' All over the Internet, Tor is being recommended to people newly concerned about their privacy in the face of increasing breaches and betrayals of private data. From ',
        link('lost backup tapes', 'http://www.securityfocus.com/news/11048'),
        ', to ',
        link(
          'giving away the data to researchers',
          'http://www.nytimes.com/2006/08/09/technology/09aol.html?ex=1312776000&en=f6f61949c6da4d38&ei=5090',
        ),
        ', your data is often not well protected by those you are supposed to trust to keep it safe.',
      ),
      rich(
        strong('They protect their children online.'),
        " You've told your kids they shouldn't share personally identifying information online, but they may be sharing their location simply by not concealing their IP address. Increasingly, IP addresses can be ",
        link('literally mapped to a city or even street location', 'http://whatismyipaddress.com/'),
        ', and can ',
        link('reveal other information', 'http://whatsmyip.org/more/'),
        ' about how you are connecting to the Internet. In the United States, the government is pushing to make this mapping increasingly precise.',
      ),
      rich(
        strong('They research sensitive topics.'),
        " There's a wealth of information available online. But perhaps in your country, access to information on AIDS, birth control, ",
        link(
          'Tibetan culture',
          'https://web.archive.org/web/20120107130815/http://www.theepochtimes.com/n2/china-news/tibetan-culture-website-shut-down-in-china-53327.html',
        ),
        ', or world religions is behind a national firewall.',
      ),
      rich(
        strong('They skirt surveillance.'),
        ' Even harmless web browsing can sometimes raise red flags for suspicious observers. Using Tor protects your privacy by making it extremely dificult for an observer to correlate the sites you visit with your physical-world identity.',
      ),
      rich(
        strong('They circumvent censorship.'),
        ' If you live in a country that has ever ',
        link('blocked Facebook', 'https://en.wikipedia.org/wiki/Censorship_of_Facebook'),
        ' or ',
        link('Youtube', 'https://en.wikipedia.org/wiki/Censorship_of_YouTube'),
        ', you might need to use Tor to get basic internet functionality.',
      ),
    ],
  },
  {
    id: 'journalist',
    heading: 'Journalists and their audience use Tor',
    image: { alt: 'Journalists and the Media' },
    items: [
      rich(
        strong(link('Reporters without Borders', 'http://www.rsf.org/')),
        ' tracks Internet prisoners of conscience and jailed or harmed journalists all over the world. They advise journalists, sources, bloggers, and dissidents to use Tor to ensure their privacy and safety.',
      ),
      rich(
        'Tor is part of ',
        strong(link('SecureDrop', 'https://securedrop.org/')),
        ', an open-source whistleblower submission system that media organizations can use to securely accept documents from and communicate with anonymous sources. ',
        link('Many news organizations', 'https://securedrop.org/directory'),
        ' use SecureDrop, including the Associated Press, The Washington Post, The New York Times, The CBC, ProPublica, Dagbladet, and more.',
      ),
      rich(
        'Tor preserves the ability of people behind national firewalls or under the surveillance of repressive regimes to obtain a global perspective on controversial topics including democracy, economics and religion.',
      ),
      rich(
        strong('Citizen journalists in China'),
        ' use Tor to write about local events to encourage social change and political reform.',
      ),
      rich(
        strong('Citizens and journalists in Internet black holes'),
        ' use Tor to research state propaganda and opposing viewpoints, to file stories with non-State controlled media, and to avoid risking the personal consequences of intellectual curiosity.',
      ),
    ],
  },
  {
    id: 'lawenforcement',
    heading: 'Law enforcement officers use Tor',
    items: [
      rich(
        strong('Online surveillance:'),
        ' Tor allows officials to surf questionable web sites and services without leaving tell-tale tracks. If the system administrator of an illegal gambling site, for example, were to see multiple connections from government or law enforcement IP addresses in usage logs, investigations may be hampered.',
      ),
      rich(
        strong('Sting operations:'),
        ' Similarly, anonymity allows law officers to engage in online "undercover" operations. Regardless of how good an undercover officer\'s "street cred" may be, if the communications include IP ranges from police addresses, the cover is blown.',
      ),
      rich(
        strong('Truly anonymous tip lines:'),
        ' While online anonymous tip lines are popular, without anonymity software, they are far less useful. Sophisticated sources understand that although a name or email address is not attached to information, server logs can identify them very quickly. As a result, tip line web sites that do not encourage anonymity are limiting the sources of their tips.',
      ),
    ],
  },
  {
    id: 'activists',
    heading: 'Activists & Whistleblowers use Tor',
    image: { alt: 'Activists & Whistleblowers' },
    items: [
      rich(
        strong('Human rights activists use Tor to anonymously report abuses from danger zones.'),
        ' Internationally, labor rights workers use Tor and other forms of online and offline anonymity to organize workers in accordance with the Universal Declaration of Human Rights. Even though they are within the law, it does not mean they are safe. Tor provides the ability to avoid persecution while still raising a voice.',
      ),
      rich(
        'When groups such as the ',
        strong(
          'Friends Service Committee and environmental groups are increasingly ',
          link('falling under surveillance', 'http://www.afsc.org/story/iowans-rally-defense-civil-liberties'),
          ' in the United States',
        ),
        ' under laws meant to protect against terrorism, many peaceful agents of change rely on Tor for basic privacy during legitimate activities.',
      ),
      rich(
        strong(link('Human Rights Watch', 'http://hrw.org/doc/?t=internet')),
        ' recommends Tor in their report, "',
        link(
          'Race to the Bottom: Corporate Complicity in Chinese Internet Censorship',
          'http://www.hrw.org/reports/2006/china0806/',
        ),
        '." The study co-author interviewed Roger Dingledine, Tor project leader, on Tor use. They cover Tor in the section on how to breach the ',
        link('"Great Firewall of China,"', 'http://www.hrw.org/reports/2006/china0806/3.htm#_Toc142395820'),
        ' and recommend that human rights workers throughout the globe use Tor for "secure browsing and communications."',
      ),
      rich(
        'Tor has consulted with and volunteered help to ',
        strong(
          "Amnesty International's past ",
          link(
            'corporate responsibility campaign',
            'http://web.archive.org/web/20090323052228/http://irrepressible.info/',
          ),
        ),
        '. See also their 2006 ',
        link(
          'full report',
          'http://web.archive.org/web/20090530164605/http://irrepressible.info/static/pdf/FOE-in-china-2006-lores.pdf',
        ),
        ' on China Internet issues.',
      ),
      rich(
        link('Global Voices', 'http://www.globalvoicesonline.org'),
        ' recommends Tor, especially for ',
        strong('anonymous blogging'),
        ', throughout their ',
        link('web site.', 'http://advocacy.globalvoicesonline.org/projects/guide/'),
      ),
      rich(
        'In the US, the Supreme Court recently stripped legal protections from government whistleblowers. But whistleblowers working for governmental transparency or corporate accountability can use Tor to seek justice without personal repercussions.',
      ),
      rich(
        'A contact of ours who works with a public health nonprofit in Africa reports that his nonprofit ',
        strong('must budget 10% to cover various sorts of corruption'),
        ', mostly bribes and such. When that percentage rises steeply, not only can they not afford the money, but they can not afford to complain -- this is the point at which open objection can become dangerous. So his nonprofit has been working to ',
        strong('use Tor to safely whistleblow on government corruption'),
        ' in order to continue their work.',
      ),
      rich(
        'At a recent conference, a Tor staffer ran into a woman who came from a "company town" in the eastern United States. She was attempting to blog anonymously to rally local residents to ',
        strong('urge reform in the company'),
        " that dominated the town's economic and government affairs. She is fully cognizant that the kind of organizing she was doing ",
        strong('could lead to harm or "fatal accidents."'),
      ),
      rich(
        'In east Asia, some labor organizers use anonymity to ',
        strong('reveal information regarding sweatshops'),
        ' that produce goods for western countries and to organize local labor.',
      ),
      rich(
        'Tor can help activists avoid government or corporate censorship that hinders organization. In one such case, a ',
        link(
          'Canadian ISP blocked access to a union website used by their own employees',
          'https://web.archive.org/web/20071015142759/http://www.cbc.ca:80/canada/story/2005/07/24/telus-sites050724.html',
        ),
        ' to help organize a strike.',
      ),
    ],
  },
  {
    id: 'spotlight',
    heading: 'High & low profile people use Tor',
    items: [
      rich(
        'Does being in the public spotlight shut you off from having a private life, forever, online? A rural lawyer in a New England state keeps an anonymous blog because, with the diverse clientele at his prestigious law firm, ',
        strong('his political beliefs are bound to offend someone'),
        ". Yet, he doesn't want to remain silent on issues he cares about. Tor helps him feel secure that he can express his opinion without consequences to his public role.",
      ),
      rich(
        'People living in poverty often don\'t participate fully in civil society -- not out of ignorance or apathy, but out of fear. If something you write were to get back to your boss, would you lose your job? If your social worker read about your opinion of the system, would she treat you differently? Anonymity gives a voice to the voiceless. Although it\'s often said that the poor do not use online access for civic engagement, failing to act in their self-interests, it is our hypothesis (based on personal conversations and anecdotal information) that it is precisely the "permanent record" left online that keeps many of the poor from speaking out on the Internet. We hope to show people how to engage more safely online, and then at the end of the year, evaluate how online and offline civic engagement has changed, and how the population sees this continuing into the future.',
      ),
    ],
  },
  {
    id: 'executives',
    heading: 'Business executives use Tor',
    image: { alt: 'Businesses' },
    items: [
      rich(
        strong('Security breach information clearinghouses:'),
        " Say a financial institution participates in a security clearinghouse of information on Internet attacks. Such a repository requires members to report breaches to a central group, who correlates attacks to detect coordinated patterns and send out alerts. But if a specific bank in St. Louis is breached, they don't want an attacker watching the incoming traffic to such a repository to be able to track where information is coming from. Even though every packet were encrypted, the IP address would betray the location of a compromised system. Tor allows such repositories of sensitive information to resist compromises.",
      ),
      rich(
        strong('Seeing your competition as your market does:'),
        " If you try to check out a competitor's pricing, you may find no information or misleading information on their web site. This is because their web server may be keyed to detect connections from competitors, and block or spread disinformation to your staff. Tor allows a business to view their sector as the general public would view it.",
      ),
      rich(
        strong('Keeping strategies confidential:'),
        ' An investment bank, for example, might not want industry snoopers to be able to track what web sites their analysts are watching. The strategic importance of traffic patterns, and the vulnerability of the surveillance of such data, is starting to be more widely recognized in several areas of the business world.',
      ),
      rich(
        strong('Accountability:'),
        ' In an age when irresponsible and unreported corporate activity has undermined multi-billion dollar businesses, an executive exercising true stewardship wants the whole staff to feel free to disclose internal malfeasance. Tor facilitates internal accountability before it turns into whistleblowing.',
      ),
    ],
  },
  {
    id: 'bloggers',
    heading: 'Bloggers use Tor',
    items: [
      rich(
        'Frequently we hear about bloggers who are ',
        link(
          'sued',
          'https://web.archive.org/web/20060910122231/http://online.wsj.com/public/article/SB112541909221726743-Kl4kLxv0wSbjqrkXg_DieY3c8lg_20050930.html',
        ),
        ' or ',
        link('fired', 'http://www.usatoday.com/money/workplace/2005-06-14-worker-blogs-usat_x.htm'),
        ' for saying perfectly legal things online, in their blog.',
      ),
      rich('We recommend the ', link('EFF Legal Guide for Bloggers', 'http://www.eff.org/issues/bloggers/legal'), '.'),
      rich(
        'Global Voices maintains a ',
        link(
          'guide to anonymous blogging with Wordpress and Tor',
          'http://advocacy.globalvoicesonline.org/projects/guide/',
        ),
        '.',
      ),
    ],
  },
  {
    id: 'military',
    heading: 'Militaries use Tor',
    image: { alt: 'Military and Law Enforcement' },
    items: [
      rich(
        strong('Field agents:'),
        ' It is not difficult for insurgents to monitor Internet traffic and discover all the hotels and other locations from which people are connecting to known military servers. Military field agents deployed away from home use Tor to mask the sites they are visiting, protecting military interests and operations, as well as protecting themselves from physical harm.',
      ),
      rich(
        strong('Onion services:'),
        " When the Internet was designed by DARPA, its primary purpose was to be able to facilitate distributed, robust communications in case of local strikes. However, some functions must be centralized, such as command and control sites. It's the nature of the Internet protocols to reveal the geographic location of any server that is reachable online. Tor's onion services capacity allows military command and control to be physically secure from discovery and takedown.",
      ),
      rich(
        strong('Intelligence gathering:'),
        ' Military personnel need to use electronic resources run and monitored by insurgents. They do not want the webserver logs on an insurgent website to record a military address, thereby revealing the surveillance.',
      ),
    ],
  },
  {
    id: 'itprofessionals',
    heading: 'IT Professionals use Tor',
    // The page does not set these lead-ins in bold, so neither do we.
    items: [
      rich(
        "To verify IP based firewall rules: A firewall may have some policies that only allow certain IP addresses or ranges. Tor can be used to verify those configurations by using an IP number outside of the company's alloted IP block.",
      ),
      rich(
        'To bypass their own security systems for sensitive professional activities: For instance, a company may have a strict policy regarding the material employees can view on the internet. A log review reveals a possible violation. Tor can be used to verify the information without an exception being put into corporate security systems.',
      ),
      rich(
        'To connect back to deployed services: A network engineer can use Tor to remotely connect back to services, without the need for an external machine and user account, as part of operational testing.',
      ),
      rich(
        'To access internet resources: Acceptable use policy for IT Staff and normal employees is usually different. Tor can allow unfettered access to the internet while leaving standard security policies in place.',
      ),
      rich(
        'To work around ISP network outages: Sometimes when an ISP is having routing or DNS problems, Tor can make internet resources available, when the actual ISP is malfunctioning. This can be invaluable in crisis situations.',
      ),
    ],
  },
];
