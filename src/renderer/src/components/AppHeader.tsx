import { Group, Image, Text, Title } from '@mantine/core'

export function AppHeader() {
  return (
    <Group h="100%" px={{ base: 'md', lg: 'xl' }} gap="sm" wrap="nowrap">
      {/* public/icon.svg, beside index.html in dev and in the build */}
      <Image src="./icon.svg" w={30} h={30} alt="" />
      <Title order={1} fz="lg" data-testid="app-title">
        Profile Curator
      </Title>
      <Text c="dimmed" fz="sm" visibleFrom="sm">
        UNESCO Global Network of Learning Cities
      </Text>
    </Group>
  )
}
