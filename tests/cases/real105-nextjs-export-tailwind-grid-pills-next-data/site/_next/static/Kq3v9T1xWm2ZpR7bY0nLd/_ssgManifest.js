self.__SSG_MANIFEST=new Set(["\u002Fschedule"]);self.__SSG_MANIFEST_CB&&self.__SSG_MANIFEST_CB()
