import { Alert, List, Text } from '@mantine/core'
import type { SampleProblem } from './sampleRows'

export function SampleProblems({ problems }: { problems: SampleProblem[] }) {
  if (problems.length === 0) return null
  const title =
    problems.length === 1
      ? 'One problem reading the samples'
      : `${problems.length} problems reading the samples`
  return (
    <Alert color="red" variant="light" title={title} data-testid="sample-problems">
      <List size="sm" spacing={4}>
        {problems.map((problem, index) => (
          <List.Item key={index} data-testid="sample-problem">
            <Text span ff="monospace" fz="sm" fw={600}>
              {problem.file}
            </Text>
            {': '}
            {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  )
}
