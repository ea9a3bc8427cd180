import { MissingPage } from '@/components/article/missing-page';

export default MissingPage;
